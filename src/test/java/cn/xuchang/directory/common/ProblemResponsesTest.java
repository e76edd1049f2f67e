package cn.xuchang.directory.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** One error shape everywhere; bad input is a 4xx, never a 500 or a stack trace. */
@QuarkusTest
class ProblemResponsesTest {

    @Test
    void anUnknownPathIsAProblem() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/nothing-here"));
    }

    @Test
    void aWrongMethodIsAProblem() {
        given().when().delete("/api/v1/regions").then().statusCode(405)
                .contentType("application/problem+json").body("status", equalTo(405));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%00", "%27%3B%20drop%20table%20hotline%3B--", "%F0%9F%98%80", "%5B(%3A*%3F~%5E",
        "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"})
    void hostileInputNeverCausesA500(String raw) {
        for (String path : new String[] {"/api/v1/regions/" + raw, "/api/v1/numbers/" + raw,
            "/api/v1/hotlines/" + raw, "/api/v1/resolve?service=" + raw + "&region=" + raw,
            "/api/v1/regions?parent=" + raw + "&level=" + raw + "&page=" + raw}) {
            given().urlEncodingEnabled(false).when().get(path).then()
                    .statusCode(lessThan(500))
                    .body(not(containsString("Exception")))
                    .body(not(containsString("at cn.xuchang")));
        }
    }
}
