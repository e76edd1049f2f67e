package cn.xuchang.directory.resolve;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Desk resolution on the real seed data: the most specific desk wins, walking up to the city. */
@QuarkusTest
class ResolveResourceTest {

    private static ValidatableResponse resolve(String region) {
        return given().queryParam("service", "startup-guarantee-loan").queryParam("region", region)
                .when().get("/api/v1/resolve").then();
    }

    @Test
    void aTownshipOfYuzhouFallsBackToTheYuzhouDesk() {
        resolve("411081204").statusCode(200)
                .body("region.name", equalTo("磨街乡"))
                .body("answeredBy.code", equalTo("411081"))
                .body("answeredBy.name", equalTo("禹州市"))
                .body("fallback", equalTo(true))
                .body("hotlines[0].scope", equalTo("local"))
                .body("hotlines[0].hotline.number", equalTo("0374-8297716"))
                .body("hotlines[0].hotline.tel", equalTo("tel:+863748297716"))
                .body("windows", empty());
    }

    @Test
    void weiduHasNoDeskOfItsOwnAndFallsBackToTheCityDeskAndWindow() {
        resolve("411002").statusCode(200)
                .body("answeredBy.code", equalTo("411000"))
                .body("fallback", equalTo(true))
                .body("hotlines[0].hotline.number", equalTo("0374-2620256"))
                .body("hotlines.findAll { it.scope == 'local' }", hasSize(1))
                .body("windows", hasSize(1))
                .body("windows[0].place", equalTo("市民之家一楼B区118"))
                .body("windows[0].label", equalTo("创业担保贷款窗口"));
    }

    @Test
    void changgeHasItsOwnDesk() {
        resolve("411082").statusCode(200)
                .body("answeredBy.code", equalTo("411082"))
                .body("fallback", equalTo(false))
                .body("hotlines[0].hotline.number", equalTo("0374-6165116"));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource({
        "411003, 411003, 0374-5113011, false",
        "411003208, 411003, 0374-5113011, true",
        "411024, 411024, 0374-7163238, false",
        "411024102, 411024, 0374-7163238, true",
        "411025, 411025, 0374-3561966, false",
        "411081, 411081, 0374-8297716, false",
        "411081109, 411081, 0374-8297716, true",
        "411082002, 411082, 0374-6165116, true",
        "411071, 411000, 0374-2620256, true",
        "411071001, 411000, 0374-2620256, true",
        "411002570, 411000, 0374-2620256, true",
        "411000, 411000, 0374-2620256, false"})
    void everyUnitReachesTheRightDesk(String region, String answeredBy, String number, boolean fallback) {
        resolve(region).statusCode(200)
                .body("answeredBy.code", equalTo(answeredBy))
                .body("fallback", equalTo(fallback))
                .body("hotlines[0].hotline.number", equalTo(number));
    }

    @Test
    void nationalNumbersComeAfterTheLocalDeskTheServiceSpecificOneFirst() {
        resolve("411081204")
                .body("hotlines.scope", contains("local", "nationwide", "nationwide"))
                .body("hotlines.hotline.number", contains("0374-8297716", "12333", "12345"));
    }

    @Test
    void twelveDigitCodesAreAccepted() {
        resolve("411081204000").statusCode(200).body("region.code", equalTo("411081204"));
    }

    @Test
    void aServiceWithOnlyNationalNumbersAnswersWithoutALocalDesk() {
        given().queryParam("service", "housing-provident-fund").queryParam("region", "411081204")
                .when().get("/api/v1/resolve").then().statusCode(200)
                .body("answeredBy", nullValue())
                .body("fallback", equalTo(false))
                .body("hotlines.hotline.number", contains("12329", "12345"));
    }

    @Test
    void aMergedNumberIsReplacedByTheHotlineThatTookItOver() {
        given().queryParam("service", "environmental-complaints").queryParam("region", "411002")
                .when().get("/api/v1/resolve").then().statusCode(200)
                .body("hotlines.hotline.number", contains("12345"))
                .body("hotlines[0].replaces.number", contains("12369"));
    }

    @Test
    void anUnknownServiceIsA404NamingIt() {
        given().queryParam("service", "no-such-service").queryParam("region", "411002")
                .when().get("/api/v1/resolve").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No service with id no-such-service"));
    }

    @Test
    void anUnknownRegionIsA404NamingIt() {
        resolve("411089").statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No region with id 411089"));
    }

    @Test
    void aVillageCodePointsToItsTownship() {
        resolve("411081204201").statusCode(404).body("detail", equalTo(
                "Village-level code 411081204201 is not in the directory; use its township code 411081204"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "4110812", "禹州", "'; drop table region; --", "😀", " "})
    void aMalformedRegionIsA400NamingTheParameter(String region) {
        resolve(region).statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("region"));
    }

    @Test
    void missingParametersAre400() {
        given().when().get("/api/v1/resolve").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("service"));
        given().queryParam("service", "startup-guarantee-loan").when().get("/api/v1/resolve").then()
                .statusCode(400).body("errors[0].field", equalTo("region"));
    }
}
