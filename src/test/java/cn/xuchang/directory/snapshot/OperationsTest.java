package cn.xuchang.directory.snapshot;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What operators and load balancers read: liveness, readiness with the database, Prometheus timings per endpoint. */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessIncludesTheDatabaseAndTheDirectory() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("directory", "Database connections health check"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void requestTimingsArePublishedPerEndpoint() {
        given().queryParam("q", "创业贷款").when().get("/api/v1/lookup").then().statusCode(200);
        given().when().get("/api/v1/hotlines/startup-loan-yuzhou").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{"))
                .body(containsString("uri=\"/api/v1/lookup\""))
                .body(containsString("uri=\"/api/v1/hotlines/{id}\""));
    }
}
