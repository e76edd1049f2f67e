package cn.xuchang.directory.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.xuchang.directory.editing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Citizen reports: anonymous, capped, rate-limited per address; each organization sees and closes its own. */
@QuarkusTest
class ReportResourceTest {

    /** Each test reports from an address of its own (the test profile trusts X-Forwarded-For). */
    private final String address = "198.51.100." + (1 + Math.abs(UUID.randomUUID().hashCode() % 250));

    private ValidatableResponse report(Object body) {
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON).body(body).when()
                .post("/api/v1/reports").then();
    }

    @Test
    void aCitizenReportsADeadNumberAnonymously() {
        report(Map.of("kind", "hotline", "id", "startup-loan-yuzhou", "problem", "no_answer", "text", "打了三次都没人接"))
                .statusCode(201).body("status", equalTo("open")).body("organization", equalTo("xuchang-hrss"))
                .header("Location", notNullValue());
    }

    @Test
    void theSixthReportInAMinuteIs429WithRetryAfter() {
        String from = "203.0.113.77";
        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", from).contentType(ContentType.JSON)
                    .body(Map.of("kind", "hotline", "id", "startup-loan-changge", "problem", "other")).when()
                    .post("/api/v1/reports").then().statusCode(201);
        }
        given().header("X-Forwarded-For", from).contentType(ContentType.JSON)
                .body(Map.of("kind", "hotline", "id", "startup-loan-changge", "problem", "other")).when()
                .post("/api/v1/reports").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        given().header("X-Forwarded-For", "203.0.113.78").contentType(ContentType.JSON)
                .body(Map.of("kind", "hotline", "id", "startup-loan-changge", "problem", "other")).when()
                .post("/api/v1/reports").then().statusCode(201);
    }

    @Test
    void badReportsAre400NamingTheField() {
        report(Map.of("kind", "hotline", "id", "startup-loan-yuzhou", "problem", "angry")).statusCode(400)
                .body("errors[0].field", equalTo("problem"));
        report(Map.of("kind", "hotline", "id", "no-such", "problem", "moved")).statusCode(400)
                .body("errors[0].field", equalTo("id"));
        report(Map.of("kind", "shop", "id", "x", "problem", "moved")).statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        report(Map.of("kind", "hotline", "id", "startup-loan-yuzhou", "problem", "other", "text", "长".repeat(501)))
                .statusCode(400).body("errors[0].field", equalTo("text"));
        report(Map.of("kind", "hotline", "id", "startup-loan-yuzhou", "problem", "other", "email", "a@b.c"))
                .statusCode(400).body("errors[0].field", equalTo("email"));
    }

    @Test
    void editorsSeeAndCloseOnlyTheirOrganizationsReports() {
        String id = report(Map.of("kind", "window", "id", "citizen-centre-b118-startup-loan", "problem", "moved"))
                .statusCode(201).extract().path("id");
        given().when().get("/api/v1/reports").then().statusCode(401);
        given().auth().oauth2(Tokens.editor("editor-psbc", "psbc-yuzhou-central-branch")).queryParam("size", 200)
                .when().get("/api/v1/reports").then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(Tokens.editor("editor-psbc", "psbc-yuzhou-central-branch")).contentType(ContentType.JSON)
                .body(Map.of("resolution", "x")).when().post("/api/v1/reports/" + id + "/close").then().statusCode(403);
        given().auth().oauth2(Tokens.editor("editor-hrss", "xuchang-hrss")).queryParam("status", "open")
                .queryParam("size", 200).when().get("/api/v1/reports").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.organization", everyItem(equalTo("xuchang-hrss")));
        given().auth().oauth2(Tokens.editor("editor-hrss", "xuchang-hrss")).contentType(ContentType.JSON)
                .body(Map.of("resolution", "窗口仍在市民之家一楼B区118")).when().post("/api/v1/reports/" + id + "/close")
                .then().statusCode(200).body("status", equalTo("closed")).body("closedBy", equalTo("editor-hrss"));
    }
}
