package cn.xuchang.directory.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** 参数规则 (parameter rules): a repeated or contradictory query parameter is a 400 naming it, never a silent pick. */
@QuarkusTest
class ParameterRulesTest {

    @Test
    void aRepeatedParameterIsNamed() {
        given().when().get("/api/v1/lookup?q=禹州 创业贷款&q=长葛 创业贷款").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"), "detail", containsString("2 times"));
        given().when().get("/api/v1/resolve?service=startup-guarantee-loan&region=411081204&region=411082")
                .then().statusCode(400).body("errors[0].field", equalTo("region"));
        given().when().get("/api/v1/lookup?q=禹州 创业贷款").then().statusCode(200);
    }

    @Test
    void staleAndStaleDaysTogetherAreNamedWhateverTheirValues() {
        for (String query : new String[] {"stale=maybe&staleDays=30", "stale=true&staleDays=30"}) {
            given().when().get("/api/v1/hotlines?" + query).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", containsInAnyOrder("stale", "staleDays"));
        }
        given().when().get("/api/v1/hotlines?staleDays=30").then().statusCode(200);
        given().when().get("/api/v1/hotlines?stale=maybe").then().statusCode(400).body("errors[0].field", equalTo("stale"));
    }
}
