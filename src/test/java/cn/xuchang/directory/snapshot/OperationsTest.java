package cn.xuchang.directory.snapshot;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What operators and load balancers read: liveness and readiness with the database on the service's port, Prometheus
 * timings per endpoint on the management interface only, labelled by route template whatever paths clients send.
 */
@QuarkusTest
class OperationsTest {

    private static final Pattern URI_LABEL = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"");

    // The management interface's root (/q) comes with the URL.
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @TestHTTPResource("/")
    URL root;

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
        given().when().get(metrics).then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{"))
                .body(containsString("uri=\"/api/v1/lookup\""))
                .body(containsString("uri=\"/api/v1/hotlines/{id}\""));
    }

    @Test
    void metricsAreNotServedOnTheServicePort() {
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get(metrics).then().statusCode(200);
    }

    @Test
    void madeUpPathsShareOneLabelAndRealEndpointsKeepTheirs() throws IOException {
        // As an attacker would: 101 malformed paths, more than the label cap once allowed, then the real endpoints.
        // (Sent raw: Java's URI, under every HTTP client here, refuses to send a broken %-escape.)
        for (int i = 1; i <= 101; i++) {
            assertThat(statusOf("GET /api/v1/hotlines/%zz" + i)).isEqualTo(400);
        }
        for (int i = 1; i <= 20; i++) {
            given().when().get("/api/v1/nothing-" + i).then().statusCode(404);
            assertThat(statusOf("POST /api/v1/anything-" + i)).as("Content-Length above the limit").isEqualTo(413);
            given().when().delete("/api/v1/hotlines/made-up-" + i).then().statusCode(405);
        }
        given().queryParam("q", "禹州 创业贷款").when().get("/api/v1/lookup").then().statusCode(200);
        given().queryParam("service", "startup-guarantee-loan").queryParam("region", "411081204")
                .when().get("/api/v1/resolve").then().statusCode(200);

        Set<String> labels = new TreeSet<>();
        Matcher m = URI_LABEL.matcher(given().when().get(metrics).then().statusCode(200).extract().asString());
        while (m.find()) {
            labels.add(m.group(1));
        }
        assertThat(labels).contains("/api/v1/lookup", "/api/v1/resolve", "UNROUTED", "NOT_FOUND")
                .noneMatch(label -> label.contains("%") || label.contains("nothing-") || label.contains("anything-")
                        || label.contains("made-up-"));
    }

    /** The status of a request line sent raw, with a Content-Length no body follows (answered before it is read). */
    private int statusOf(String requestLine) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((requestLine + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Length: 99999999\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String statusLine = new String(socket.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
