package cn.xuchang.directory.caching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.xuchang.directory.common.PartnerTestsProfile;
import cn.xuchang.directory.editing.Tokens;
import cn.xuchang.directory.hours.TestClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Answers sent again in front of the REST layer, on the real data: the fourth identical request gets the first
 * answer to the letter (headers and body) without the REST layer, counted in the metrics under its route; a change,
 * the next minute, a signed-in or conditional request and another Accept are never answered from what was kept.
 */
@QuarkusTest
@TestProfile(PartnerTestsProfile.class) // it creates a channel, which lists and answers would show
class FrontAnswersTest {

    /** What differs between two answers by nature, not by what was asked: when, and the caller's quota left. */
    private static final Set<String> PER_REQUEST = Set.of("date", "ratelimit");

    @Inject
    MeterRegistry metrics;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/status", "/api/v1/resolve?service=startup-guarantee-loan&region=411081204",
            "/api/v1/lookup?q=%E7%A6%B9%E5%B7%9E%20%E5%88%9B%E4%B8%9A%E8%B4%B7%E6%AC%BE&limit=3"})
    void theFourthIdenticalRequestGetsTheFirstAnswerAsItWasSent(String path) {
        String route = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        TestClock.set("2025-09-29T10:00"); // one minute for the four answers
        double notYet = replayed();
        ExtractableResponse<Response> first = get(path);
        get(path);
        get(path);
        double replayedBefore = replayed();
        assertThat(replayedBefore).as("the first three go to the REST layer").isEqualTo(notYet);
        long routedBefore = requestsLabelled(route, 0);
        ExtractableResponse<Response> fourth = get(path);

        assertThat(replayed()).isEqualTo(replayedBefore + 1);
        assertThat(requestsLabelled(route, routedBefore + 1)).as("the metrics label the route, as the REST layer's answers")
                .isEqualTo(routedBefore + 1);
        assertThat(fourth.asByteArray()).isEqualTo(first.asByteArray());
        assertThat(headers(fourth)).isEqualTo(headers(first)).containsKeys("access-control-allow-origin", "etag");
    }

    @Test
    void aChangeIsSeenAtOnce() {
        String path = "/api/v1/lookup?q=%E6%B5%8B%E8%AF%95%E6%B8%A0%E9%81%93%E4%B9%99"; // 测试渠道乙
        TestClock.set("2025-09-29T10:00");
        double replayed = replayed();
        for (int i = 0; i < 4; i++) {
            given().urlEncodingEnabled(false).when().get(path).then().statusCode(200).body("answers", hasSize(0));
        }
        assertThat(replayed()).as("the fourth was sent again").isEqualTo(replayed + 1);
        String status = given().when().get("/api/v1/status").then().statusCode(200).extract().asString();
        for (int i = 0; i < 3; i++) {
            given().when().get("/api/v1/status").then().statusCode(200);
        }
        String id = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("""
                {"type": "mini_program", "name": "测试渠道乙小程序", "organization": "xuchang-hrss",
                 "regions": ["411000"], "source": "测试"}""").when().post("/api/v1/channels").then().statusCode(201)
                .extract().path("id");
        given().urlEncodingEnabled(false).when().get(path).then().statusCode(200).body("answers.id", hasItem(id));
        assertThat(given().when().get("/api/v1/status").then().statusCode(200).extract().asString())
                .as("a new version").isNotEqualTo(status);
    }

    @Test
    void anAnswerThatSaysWhatIsOpenHoldsForItsMinuteOnly() {
        String path = "/api/v1/resolve?service=startup-guarantee-loan&region=411082";
        TestClock.set("2025-09-29T10:00");
        for (int i = 0; i < 4; i++) {
            get(path);
        }
        double replayed = replayed();
        get(path);
        assertThat(replayed()).isEqualTo(replayed + 1);
        TestClock.set("2025-09-29T10:01");
        get(path);
        assertThat(replayed()).as("a new minute is answered afresh").isEqualTo(replayed + 1);
    }

    @Test
    void signedInConditionalAndOtherAcceptRequestsGoToTheRestLayer() {
        String path = "/api/v1/resolve?service=startup-guarantee-loan&region=411081";
        ExtractableResponse<Response> kept = get(path);
        get(path);
        get(path);
        get(path);
        double replayed = replayed();

        given().auth().oauth2(Tokens.admin()).when().get(path).then().statusCode(200)
                .header("Cache-Control", "private, no-cache");
        given().header("If-None-Match", kept.header("ETag")).when().get(path).then().statusCode(304);
        given().header("If-Modified-Since", kept.header("Last-Modified")).when().get(path).then().statusCode(304);
        given().accept("text/html").when().get(path).then().statusCode(406)
                .contentType(not(equalTo("application/json")));
        given().when().head(path).then().statusCode(200);
        String longAccept = "application/json, " + "x/y;q=0.1, ".repeat(30) + "*/*";
        for (int i = 0; i < 4; i++) {
            given().accept(longAccept).when().get(path).then().statusCode(200);
        }
        assertThat(replayed()).isEqualTo(replayed);
        given().header("X-API-Key", "xcd_not-a-key").when().get(path).then().statusCode(401)
                .contentType("application/problem+json");
        assertThat(replayed()).as("the rate limit runs first").isEqualTo(replayed);
    }

    /**
     * As a partner's page would ask: from another origin, with the query encoded as it sent it, and an Accept header
     * of its own (other test classes of this profile ask the same paths with RestAssured's).
     */
    private static ExtractableResponse<Response> get(String path) {
        return given().urlEncodingEnabled(false).header("Origin", "https://bank.partner.example")
                .accept("application/json, text/plain;q=0.5").when().get(path).then().statusCode(200).extract();
    }

    private static Map<String, String> headers(ExtractableResponse<Response> answer) {
        Map<String, String> headers = new TreeMap<>();
        for (Header header : answer.headers()) {
            String name = header.getName().toLowerCase(java.util.Locale.ROOT);
            if (PER_REQUEST.stream().noneMatch(name::startsWith)) {
                headers.merge(name, header.getValue(), (a, b) -> a + "\n" + b);
            }
        }
        return headers;
    }

    private double replayed() {
        return metrics.counter("directory.answers.replayed").count();
    }

    /** Requests counted under this route label, waiting up to 5 s for at least {@code expected} (counted as they end). */
    private long requestsLabelled(String uri, long expected) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        long counted;
        while ((counted = metrics.find("http.server.requests").tag("uri", uri).timers().stream()
                .mapToLong(Timer::count).sum()) < expected && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        return counted;
    }
}
