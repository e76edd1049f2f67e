package cn.xuchang.directory.hours;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.xuchang.directory.common.PartnerTestsProfile;
import cn.xuchang.directory.editing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Opening hours through the API, with a fixture centre in 柏梁镇 (no source gives real hours): written as text,
 * shown parsed, refused when unreadable, and read against the fixed clock in resolve, lookup and the date range.
 */
@QuarkusTest
@TestProfile(PartnerTestsProfile.class) // it creates a centre and a window, which lists and answers would show
public class OpeningHoursApiTest {

    static final String TOWNSHIP = "411024102";
    static final String RESOLVE = "/api/v1/resolve?service=startup-guarantee-loan&region=" + TOWNSHIP;
    /** The fixture centre of each test class (the PostgreSQL variant runs on a database of its own). */
    static final Map<Class<?>, String> CENTRES = new java.util.concurrent.ConcurrentHashMap<>();
    String centre;

    @BeforeEach
    void createFixturesOnce() {
        centre = CENTRES.get(getClass());
        if (centre != null) {
            return;
        }
        centre = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "柏梁镇便民服务中心（测试）", "region", TOWNSHIP, "hours", OpeningHoursTest.WINDOW,
                        "source", "测试数据"))
                .when().post("/api/v1/locations").then().statusCode(201)
                .body("hours", equalTo(OpeningHoursTest.WINDOW)).body("schedule.rules", hasSize(3))
                .body("schedule.rules[0].workdays", equalTo(true))
                .body("schedule.rules[1].season.from", equalTo("05-01"))
                .extract().path("id");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("location", centre, "label", "创业担保贷款窗口（测试）",
                        "services", java.util.List.of("startup-guarantee-loan"), "source", "测试数据"))
                .when().post("/api/v1/windows").then().statusCode(201).body("hours", nullValue());
        CENTRES.put(getClass(), centre);
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void unreadableHoursAreA400NamingTheField() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "测试", "region", TOWNSHIP, "hours", "看情况", "source", "测试数据"))
                .when().post("/api/v1/locations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("hours")).body("errors[0].message", containsString("cannot read '看情况'"));
    }

    @Test
    void resolveSaysOpenOnTheMakeUpSundayAndClosedForNationalDay() {
        TestClock.set("2025-09-28T10:00");
        var open = given().when().get(RESOLVE).then().statusCode(200)
                .body("windows[0].open.openNow", equalTo(true))
                .body("windows[0].open.todayPeriods.from", org.hamcrest.Matchers.contains("08:30", "15:00"))
                .extract();
        TestClock.set("2025-10-01T10:00");
        var closed = given().when().get(RESOLVE).then().statusCode(200)
                .body("windows[0].open.openNow", equalTo(false))
                .body("windows[0].open.closedReason", equalTo("holiday"))
                .body("windows[0].open.holiday", equalTo("国庆节、中秋节"))
                .body("windows[0].open.nextOpen", equalTo("2025-10-09T08:30:00+08:00")).extract();
        assertThat(closed.header("ETag")).as("the ETag changes when openNow flips").isNotEqualTo(open.header("ETag"));
    }

    @Test
    void lookupSaysItToo() {
        TestClock.set("2025-10-01T10:00");
        given().queryParam("q", "柏梁镇 创业贷款").when().get("/api/v1/lookup").then().statusCode(200)
                .body("answers.find { it.kind == 'window' }.hours", equalTo(OpeningHoursTest.WINDOW))
                .body("answers.find { it.kind == 'window' }.open.closedReason", equalTo("holiday"));
        TestClock.set("2025-09-28T10:00");
        given().queryParam("q", "柏梁镇 创业贷款").when().get("/api/v1/lookup").then().statusCode(200)
                .body("answers.find { it.kind == 'window' }.open.openNow", equalTo(true));
    }

    @Test
    void theOpenDaysOfARange() {
        given().when().get("/api/v1/locations/" + centre + "/hours?from=2025-09-27&to=2025-10-09").then().statusCode(200)
                .body("days", hasSize(13))
                .body("days[0].closed", equalTo("weekend"))
                .body("days[1].periods.from", org.hamcrest.Matchers.contains("08:30", "15:00"))
                .body("days[4].date", equalTo("2025-10-01")).body("days[4].closed", equalTo("holiday"))
                .body("days[4].holiday", equalTo("国庆节、中秋节"))
                .body("days[12].periods.to", org.hamcrest.Matchers.contains("12:00", "17:30"));
    }

    /** The OpenAPI example of getLocationHours is this answer (written when -Dexamples.update=true). */
    @Test
    void theExampleIsARealAnswer() throws java.io.IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
        var live = json.readTree(given().when().get("/api/v1/locations/" + centre + "/hours?from=2025-09-27&to=2025-10-02")
                .then().statusCode(200).extract().asString());
        ((com.fasterxml.jackson.databind.node.ObjectNode) live).put("location", "xuchang-citizen-centre");
        java.nio.file.Path file = java.nio.file.Path.of("src/main/resources/examples/location-hours.json");
        if (Boolean.getBoolean("examples.update")) {
            java.nio.file.Files.writeString(file, json.writeValueAsString(live) + "\n");
        }
        assertThat(json.readTree(file.toFile())).isEqualTo(live);
    }

    @Test
    void aBadRangeIsA400() {
        String url = "/api/v1/locations/" + centre + "/hours";
        given().when().get(url + "?from=2025-10-09&to=2025-10-01").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("to"));
        given().when().get(url + "?from=2025-13-01").then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().when().get(url + "?from=2025-01-01&to=2025-12-31").then().statusCode(400)
                .body("errors[0].message", containsString("92 days"));
        given().when().get("/api/v1/locations/no-such-centre/hours").then().statusCode(404);
    }
}
