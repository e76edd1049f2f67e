package cn.xuchang.directory.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Security headers on every kind of answer — the citizen page, its files, JSON, an error from the REST layer and
 * one from the HTTP layer — each with the policy fit for it; HSTS only over HTTPS; the page revalidated.
 */
@QuarkusTest
class SecurityHeadersTest {

    static final String PAGE_POLICY =
            "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @TestHTTPResource("/")
    URL root;

    @Test
    void theCitizenPageAllowsOnlyItsOwnFilesAndIsRevalidated() {
        String lastModified = common(given().when().get("/").then().statusCode(200)
                .contentType(containsString("text/html")))
                .header("Content-Security-Policy", PAGE_POLICY)
                .header("Cache-Control", "no-cache")
                .header("Last-Modified", notNullValue())
                .extract().header("Last-Modified");
        // A phone that has the page asks again each time and gets a 304 while it is unchanged; the browser takes
        // the 304's headers over into the cached page, so it carries the page's policy too.
        given().header("If-Modified-Since", lastModified).when().get("/").then().statusCode(304)
                .header("Content-Security-Policy", PAGE_POLICY);
        given().header("If-Modified-Since", lastModified).when().get("/citizen.js").then().statusCode(304)
                .header("Content-Security-Policy", DATA_POLICY).header("Cache-Control", "no-cache");
        common(given().when().get("/citizen.js").then().statusCode(200))
                .header("Cache-Control", "no-cache")
                .header("Content-Security-Policy", DATA_POLICY);
    }

    @Test
    void thePageKeepsToItsPolicy() throws Exception {
        String page;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/index.html")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // 'self' only: no inline script, no event-handler attribute, no inline style.
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(page).find()).isFalse();
        assertThat(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(page).find()).isFalse();
        assertThat(page).doesNotContain("style=", "<style");
    }

    @Test
    void jsonAnswersAllowNothing() {
        common(given().when().get("/api/v1/hotlines/startup-loan-yuzhou").then().statusCode(200))
                .header("Content-Security-Policy", DATA_POLICY);
        common(given().when().get("/api/v1/lookup?q=禹州 创业贷款").then().statusCode(200))
                .header("Content-Security-Policy", DATA_POLICY);
    }

    @Test
    void errorsCarryThemToo() throws Exception {
        common(given().when().get("/api/v1/regions/411099").then().statusCode(404))
                .header("Content-Security-Policy", DATA_POLICY);
        // Answered by the HTTP layer before the REST layer runs.
        RawHttp.Answer broken = RawHttp.send(root.getPort(),
                "GET /api/v1/hotlines/%zz1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.header("Content-Security-Policy")).isEqualTo(DATA_POLICY);
        assertThat(broken.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(broken.header("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void hstsOnlyOverHttps() {
        // Over plain HTTP a browser ignores it anyway, and a test instance must not pin itself to HTTPS.
        given().when().get("/api/v1/status").then().header("Strict-Transport-Security", nullValue());
        // Behind a balancer that terminates TLS and says so (the test profile trusts X-Forwarded-*).
        given().header("X-Forwarded-Proto", "https").when().get("/api/v1/status").then()
                .header("Strict-Transport-Security", "max-age=31536000");
    }

    @Test
    void swaggerUiHasItsOwnPolicyForItsInlineScript() {
        common(given().when().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html")))
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        given().when().get("/").then().header("Content-Security-Policy", not(containsString("unsafe-inline")));
    }

    private static ValidatableResponse common(ValidatableResponse response) {
        return response.header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Strict-Transport-Security", nullValue());
    }
}
