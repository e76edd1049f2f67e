package cn.xuchang.directory.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Every error of the HTTP layer in the one problem shape, including those decided before the REST layer runs
 * (a broken %-escape, a body, request line or headers too large, no Host header, HTTP/9.9), each sent raw on a
 * socket as a careless or hostile client would; with the HTTP settings a deployment has by default.
 */
@QuarkusTest
@TestProfile(NoProxyProfile.class)
class HttpErrorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL root;

    @Test
    void aBrokenPercentEscapeInThePathIs400NamingThePath() throws Exception {
        JsonNode problem = problem(send("GET /api/v1/hotlines/%zz1 HTTP/1.1\r\nHost: localhost\r\n"), 400);
        assertThat(problem.path("type").asText()).isEqualTo("/problems/invalid-input");
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("path");
        assertThat(problem.path("instance").asText()).isEqualTo("/api/v1/hotlines/%zz1");
    }

    @Test
    void aBrokenPercentEscapeInTheQueryIs400NamingTheQuery() throws Exception {
        JsonNode problem = problem(send("GET /api/v1/lookup?q=%zz HTTP/1.1\r\nHost: localhost\r\n"), 400);
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("query");
    }

    @Test
    void aRequestWithoutHostOrWithTwoIs400NamingTheHeader() throws Exception {
        JsonNode problem = problem(send("GET /api/v1/status HTTP/1.1\r\n"), 400);
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("Host");
        assertThat(problem.path("detail").asText()).contains("Host");
        problem(send("GET /api/v1/status HTTP/1.1\r\nHost: localhost\r\nHost: elsewhere.example\r\n"), 400);
    }

    @Test
    void unknownPathsAre404() throws Exception {
        assertThat(problem(send("GET /api/v1/nothing-here HTTP/1.1\r\nHost: localhost\r\n"), 404)
                .path("instance").asText()).isEqualTo("/api/v1/nothing-here");
        problem(send("GET /no-such-page.html HTTP/1.1\r\nHost: localhost\r\n"), 404);
    }

    @Test
    void aWrongMethodIs405() throws Exception {
        problem(send("DELETE /api/v1/regions HTTP/1.1\r\nHost: localhost\r\n"), 405);
    }

    @Test
    void askingForAnythingButJsonIs406() throws Exception {
        problem(send("GET /api/v1/regions/411081 HTTP/1.1\r\nHost: localhost\r\nAccept: text/csv\r\n"), 406);
    }

    @Test
    void aBodyAboveTheLimitIs413BeforeItIsRead() throws Exception {
        // Only the headers are sent: the answer must not wait for the ten megabytes announced.
        RawHttp.Answer answer = send("POST /api/v1/reports HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 10000000\r\n");
        assertThat(problem(answer, 413).path("detail").asText()).contains("KiB");
        assertThat(answer.header("Connection")).isEqualTo("close");
    }

    @Test
    void aCitizenReportHasItsOwnSmallerLimit() throws Exception {
        // 20 KB: far more than a report needs, well within what a record may be.
        RawHttp.Answer answer = send("POST /api/v1/reports HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 20000\r\n");
        assertThat(problem(answer, 413).path("detail").asText()).contains("16 KiB");
        assertThat(send("POST /api/v1/hotlines HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 20000\r\n\r\n" + " ".repeat(20_000)).status()).as("no token: 401 after the body")
                .isEqualTo(401);
    }

    @Test
    void aChunkedBodyAboveTheLimitIs413Too() throws Exception {
        // Valid JSON as far as it goes: a report whose text runs on past the limit, in chunks of 64 KiB.
        String body = "{\"kind\":\"hotline\",\"id\":\"startup-loan-yuzhou\",\"problem\":\"other\",\"text\":\""
                + "很".repeat(110_000) + "\"}";
        StringBuilder chunks = new StringBuilder();
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int at = 0; at < bytes.length; at += 65536) {
            int size = Math.min(65536, bytes.length - at);
            chunks.append(Integer.toHexString(size)).append("\r\n")
                    .append(new String(bytes, at, size, java.nio.charset.StandardCharsets.ISO_8859_1)).append("\r\n");
        }
        chunks.append("0\r\n\r\n");
        problem(send("POST /api/v1/reports HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + chunks), 413);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsTaken() throws Exception {
        String body = "{\"kind\":\"hotline\",\"id\":\"startup-loan-yuzhou\",\"problem\":\"no_answer\"}";
        RawHttp.Answer answer = send("POST /api/v1/reports HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    @Test
    void aRequestTargetAboveTheLimitIs414() throws Exception {
        JsonNode problem = problem(send("GET /api/v1/lookup?q=" + "a".repeat(5000) + " HTTP/1.1\r\nHost: localhost\r\n"),
                414);
        assertThat(problem.has("instance")).as("the overlong target is not echoed").isFalse();
    }

    @Test
    void aBodyOfAnotherTypeIs415() throws Exception {
        problem(send("POST /api/v1/reports HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                + "Content-Length: 2\r\n\r\nhi"), 415);
    }

    @Test
    void headersAboveTheLimitAre431() throws Exception {
        problem(send("GET /api/v1/status HTTP/1.1\r\nHost: localhost\r\nX-Filler: " + "x".repeat(20_000) + "\r\n"),
                431);
    }

    @Test
    void onlyHttp10And11AndHttp2AreAnswered() throws Exception {
        problem(send("GET /api/v1/status HTTP/9.9\r\nHost: localhost\r\n"), 505);
        problem(send("GET /api/v1/status HTTP/2.0\r\nHost: localhost\r\n"), 505);
        assertThat(RawHttp.send(root.getPort(), "GET /api/v1/status HTTP/1.0\r\n\r\n").status()).isEqualTo(200);
        // HTTP/2 over cleartext, as Java's client asks for it (an upgrade from HTTP/1.1), for a record and its ETag.
        HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> answer = http2.send(HttpRequest.newBuilder(root.toURI()
                    .resolve("/api/v1/hotlines/startup-loan-yuzhou")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.headers().firstValue("ETag")).isPresent();
        }
    }

    /** Sends the request line and headers given, ending the connection after the answer. */
    private RawHttp.Answer send(String head) throws Exception {
        String request = head.contains("\r\n\r\n") ? head.replaceFirst("\r\n\r\n", "\r\nConnection: close\r\n\r\n")
                : head + "Connection: close\r\n\r\n";
        return RawHttp.send(root.getPort(), request);
    }

    /** Asserts the one problem shape with this status, and nothing of Java in it; returns the body. */
    private static JsonNode problem(RawHttp.Answer answer, int status) throws Exception {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(answer.body()).doesNotContain("Exception", "java.", "io.vertx", "\"stack\"");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).isNotEmpty();
        assertThat(problem.path("title").asText()).isNotEmpty();
        assertThat(problem.path("detail").asText()).isNotEmpty();
        return problem;
    }
}
