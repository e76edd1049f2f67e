package cn.xuchang.directory.resolve;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Reverse lookup: every common writing of a number finds the right desk. */
@QuarkusTest
class NumberLookupResourceTest {

    private static ValidatableResponse lookup(String number) {
        String path = "/api/v1/numbers/" + URLEncoder.encode(number, StandardCharsets.UTF_8).replace("+", "%20");
        return given().urlEncodingEnabled(false).when().get(path).then();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0374-8297716", "03748297716", "+86 374 829 7716", "０３７４－８２９７７１６", "8297716",
        "0374 829 7716"})
    void everyWritingFindsTheYuzhouDesk(String written) {
        lookup(written).statusCode(200)
                .body("query", equalTo(written))
                .body("listed", equalTo(true))
                .body("number", equalTo("0374-8297716"))
                .body("hotlines.id", contains("startup-loan-yuzhou"))
                .body("hotlines[0].organization.name", equalTo("许昌市人力资源和社会保障局"))
                .body("hotlines[0].regions[0].name", equalTo("禹州市"));
    }

    @Test
    void theJiananDeskIsFound() {
        lookup("0374-5113011").statusCode(200).body("hotlines[0].regions[0].name", equalTo("建安区"));
    }

    @Test
    void shortNumbersAreFound() {
        lookup("12345").statusCode(200).body("listed", equalTo(true)).body("kind", equalTo("short_number"))
                .body("hotlines[0].label", equalTo("政务服务便民热线"));
    }

    @Test
    void aMergedNumberSaysWhereItsCallsGoNow() {
        lookup("12369").statusCode(200).body("hotlines[0].status", equalTo("merged"))
                .body("hotlines[0].mergedInto.number", equalTo("12345"));
    }

    @Test
    void aValidNumberNotInTheDirectoryIsSaidToBeUnlisted() {
        lookup("0374-1234567").statusCode(200)
                .body("listed", equalTo(false))
                .body("number", equalTo("0374-1234567"))
                .body("hotlines", empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0374-829771", "1234", "+1 202 555 0100"})
    void somethingThatIsNotANumberIsA400(String written) {
        lookup(written).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("number"));
    }
}
