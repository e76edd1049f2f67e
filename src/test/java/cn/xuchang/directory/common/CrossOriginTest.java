package cn.xuchang.directory.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.net.URL;

import org.junit.jupiter.api.Test;

import cn.xuchang.directory.editing.TestDesks;
import cn.xuchang.directory.editing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * 跨域访问 (cross-origin use) as a browser asks for it: anonymous reads from anywhere, without credentials; changes,
 * reports and signed-in reads only from the listed origin (the test profile lists https://console.partner.example)
 * or the service's own; a refused request is a 403 problem without Access-Control headers and changes nothing.
 */
@QuarkusTest
@TestProfile(PartnerTestsProfile.class)
class CrossOriginTest {

    static final String LISTED = "https://console.partner.example";
    static final String PARTNER = "https://bank.partner.example";

    @TestHTTPResource("/")
    URL base;

    @Test
    void anonymousReadsAreOpenToEveryOriginWithoutCredentials() {
        given().header("Origin", PARTNER).when().get("/api/v1/resolve?service=startup-guarantee-loan&region=411081204")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Credentials", nullValue())
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Policy"));
    }

    @Test
    void aReadPreflightIsAllowedForEveryOrigin() {
        given().header("Origin", PARTNER).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match, x-api-key")
                .when().options("/api/v1/lookup").then().statusCode(204)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", "GET, HEAD")
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"))
                .header("Access-Control-Max-Age", "86400");
    }

    @Test
    void aWritePreflightIsAllowedOnlyForTheListedOrigin() {
        given().header("Origin", LISTED).header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization, content-type, if-match")
                .when().options("/api/v1/hotlines/startup-loan-yuzhou").then().statusCode(204)
                .header("Access-Control-Allow-Origin", LISTED)
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));

        given().header("Origin", PARTNER).header("Access-Control-Request-Method", "PATCH")
                .when().options("/api/v1/hotlines/startup-loan-yuzhou").then().statusCode(403)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue())
                .body("status", equalTo(403), "detail", containsString(PARTNER));
    }

    @Test
    void aSignedInReadPreflightFromAnUnlistedOriginIs403() {
        given().header("Origin", PARTNER).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .when().options("/api/v1/hotlines/startup-loan-yuzhou/history").then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aChangeFromAnUnlistedOriginIsRefusedBeforeItIsMadeAndFromTheListedOneItIsMade() {
        String id = TestDesks.create("跨域测试热线", "CrossOriginTest");
        String etag = given().when().get("/api/v1/hotlines/" + id).then().extract().header("ETag");

        given().header("Origin", PARTNER).auth().oauth2(Tokens.admin()).header("If-Match", etag)
                .contentType("application/merge-patch+json; charset=utf-8").body("{\"label\":\"被改了\"}")
                .when().patch("/api/v1/hotlines/" + id).then().statusCode(403)
                .contentType("application/problem+json").header("Access-Control-Allow-Origin", nullValue());
        given().when().get("/api/v1/hotlines/" + id).then().header("ETag", etag).body("label", equalTo("跨域测试热线"));

        given().header("Origin", LISTED).auth().oauth2(Tokens.admin()).header("If-Match", etag)
                .contentType("application/merge-patch+json; charset=utf-8").body("{\"label\":\"跨域测试热线（改）\"}")
                .when().patch("/api/v1/hotlines/" + id).then().statusCode(200)
                .header("Access-Control-Allow-Origin", LISTED)
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .body("label", equalTo("跨域测试热线（改）"));

        String now = given().when().get("/api/v1/hotlines/" + id).then().extract().header("ETag");
        given().auth().oauth2(Tokens.admin()).header("If-Match", now).when()
                .post("/api/v1/hotlines/" + id + "/retire").then().statusCode(200);
    }

    @Test
    void aReportFromTheServicesOwnPageIsTakenAndFromAnotherOriginRefused() {
        String own = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        String report = "{\"kind\":\"hotline\",\"id\":\"national-12345\",\"problem\":\"other\",\"text\":\"跨域测试\"}";
        given().header("Origin", PARTNER).header("X-Forwarded-For", "198.51.100.71").contentType(ContentType.JSON)
                .body(report).when().post("/api/v1/reports").then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Origin", own).header("X-Forwarded-For", "198.51.100.72").contentType(ContentType.JSON)
                .body(report).when().post("/api/v1/reports").then().statusCode(equalTo(201))
                .header("Access-Control-Allow-Origin", nullValue()).header("Vary", containsString("Origin"));
    }
}
