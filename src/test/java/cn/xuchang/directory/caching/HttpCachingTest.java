package cn.xuchang.directory.caching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.xuchang.directory.common.PartnerTestsProfile;
import cn.xuchang.directory.editing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * HTTP 缓存 on the real data: every GET has an ETag, Last-Modified and Cache-Control; a client that has the answer
 * gets 304 without a body; HEAD answers like GET without a body; and a record's ETag changes when its body does,
 * also without a change of its own, while If-Match still checks only its version.
 */
@QuarkusTest
@TestProfile(PartnerTestsProfile.class)
class HttpCachingTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/hotlines/startup-loan-yuzhou", "/api/v1/hotlines?region=411081",
            "/api/v1/lookup?q=禹州 创业贷款", "/api/v1/resolve?service=startup-guarantee-loan&region=411081204",
            "/api/v1/numbers/0374-8297716", "/api/v1/status", "/api/v1/services", "/api/v1/channels"})
    void everyDirectoryAnswerCanBeRevalidatedAndIsNotModifiedWhileTheSame(String path) {
        ExtractableResponse<Response> first = given().when().get(path).then().statusCode(200)
                .header("ETag", matchesPattern("\"([0-9]+-)?[0-9a-f]{16}\""))
                .header("Cache-Control", "no-cache")
                .header("Last-Modified", notNullValue())
                .header("Vary", containsString("Accept"))
                .extract();
        String etag = first.header("ETag");

        given().header("If-None-Match", etag).when().get(path).then().statusCode(304)
                .header("ETag", etag).body(emptyString());
        given().header("If-None-Match", "W/" + etag + ", \"other\"").when().get(path).then().statusCode(304);
        given().header("If-None-Match", "\"other\"").when().get(path).then().statusCode(200).header("ETag", etag);
        given().header("If-Modified-Since", first.header("Last-Modified")).when().get(path).then().statusCode(304);
        given().header("If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT").when().get(path).then().statusCode(200);
        given().when().head(path).then().statusCode(200).header("ETag", etag).body(emptyString());
    }

    /** Lookup, resolve and status answers are kept with their tags: a kept answer's tag is still the hash of its body. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/lookup?q=禹州 创业贷款", "/api/v1/resolve?service=startup-guarantee-loan&region=411081204",
            "/api/v1/status"})
    void aKeptAnswersTagIsTheHashOfItsBody(String path) {
        for (int i = 0; i < 3; i++) {
            ExtractableResponse<Response> answer = given().when().get(path).then().statusCode(200).extract();
            long hash = org.apache.commons.codec.digest.MurmurHash3.hash128x64(answer.asByteArray())[0];
            assertThat(answer.header("ETag")).isEqualTo("\"" + java.util.HexFormat.of().toHexDigits(hash) + "\"");
        }
    }

    @Test
    void regionsMayBeKeptAnHourAndEditorAnswersOnlyPrivately() {
        given().when().get("/api/v1/regions/411081").then().statusCode(200)
                .header("Cache-Control", "public, max-age=3600");
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/hotlines/startup-loan-yuzhou/history").then()
                .statusCode(200).header("Cache-Control", "private, no-cache");
    }

    @Test
    void theSameBodyGivesTheSameTagAndAnotherBodyAnother() {
        String one = given().when().get("/api/v1/hotlines?region=411081").then().extract().header("ETag");
        String again = given().when().get("/api/v1/hotlines?region=411081").then().extract().header("ETag");
        String other = given().when().get("/api/v1/hotlines?region=411082").then().extract().header("ETag");
        assertThat(again).isEqualTo(one);
        assertThat(other).isNotEqualTo(one);
    }

    @Test
    void aRecordsTagFollowsItsBodyWhileIfMatchChecksItsVersion() {
        String org = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "缓存测试办公室", "parent", "xuchang-hrss", "region", "411000",
                        "source", "HttpCachingTest"))
                .when().post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        ExtractableResponse<Response> created = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("number", "0374-8297719", "type", "consultation", "label", "缓存测试热线",
                        "organization", org, "services", List.of("startup-guarantee-loan"),
                        "regions", List.of("411081109"), "status", "active", "source", "HttpCachingTest"))
                .when().post("/api/v1/hotlines").then().statusCode(201).extract();
        String hotline = created.path("id");
        String before = given().when().get("/api/v1/hotlines/" + hotline).then().extract().header("ETag");
        assertThat(created.header("ETag")).as("the write's answer carries the tag a read gives: %s vs %s",
                created.asString(), given().when().get("/api/v1/hotlines/" + hotline).asString()).isEqualTo(before);

        String orgTag = given().when().get("/api/v1/organizations/" + org).then().extract().header("ETag");
        given().auth().oauth2(Tokens.admin()).header("If-Match", orgTag)
                .contentType("application/merge-patch+json; charset=utf-8").body("{\"name\":\"缓存测试办公室（改名）\"}")
                .when().patch("/api/v1/organizations/" + org).then().statusCode(200);

        ExtractableResponse<Response> after = given().when().get("/api/v1/hotlines/" + hotline).then()
                .body("organization.name", equalTo("缓存测试办公室（改名）")).extract();
        assertThat(after.header("ETag")).as("renamed organization inside the hotline: a new tag")
                .isNotEqualTo(before)
                .startsWith(before.substring(0, before.indexOf('-')) + "-");
        given().header("If-None-Match", before).when().get("/api/v1/hotlines/" + hotline).then().statusCode(200);

        String retired = given().auth().oauth2(Tokens.admin()).header("If-Match", before).when()
                .post("/api/v1/hotlines/" + hotline + "/retire").then().statusCode(200).extract().header("ETag");
        given().when().get("/api/v1/hotlines/" + hotline).then().header("ETag", retired);
        String orgNow = given().when().get("/api/v1/organizations/" + org).then().extract().header("ETag");
        given().auth().oauth2(Tokens.admin()).header("If-Match", orgNow).when()
                .post("/api/v1/organizations/" + org + "/retire").then().statusCode(200);
    }
}
