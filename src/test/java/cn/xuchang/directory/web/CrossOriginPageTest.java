package cn.xuchang.directory.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.sun.net.httpserver.HttpServer;

import cn.xuchang.directory.editing.TestDesks;
import cn.xuchang.directory.editing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * 跨域访问 in Chromium: a partner's page on another origin reads lookup and resolve and shows the answer; a change
 * sent from the listed console origin is made; the same change from an unlisted bank page is blocked by the browser
 * and the record is unchanged afterwards.
 */
@QuarkusTest
@TestProfile(PartnerOrigins.class)
class CrossOriginPageTest extends BrowserTestBase {

    /** The partner's page: asks the service named in its address and writes the answers into the page. */
    static final String PARTNER_PAGE = """
            <!doctype html><meta charset="utf-8"><title>合作方页面</title>
            <p id="lookup">…</p><p id="resolve">…</p><p id="etag">…</p>
            <script>
            const api = new URLSearchParams(location.search).get('api');
            const show = (id, text) => document.getElementById(id).textContent = text;
            if (api) {
              fetch(api + '/api/v1/lookup?q=' + encodeURIComponent('禹州 创业担保贷款'))
                .then(r => r.json()).then(a => show('lookup', a.answers[0].number))
                .catch(e => show('lookup', 'failed: ' + e));
              fetch(api + '/api/v1/resolve?service=startup-guarantee-loan&region=411081204')
                .then(r => r.json()).then(a => show('resolve', a.hotlines[0].hotline.number))
                .catch(e => show('resolve', 'failed: ' + e));
              fetch(api + '/api/v1/hotlines/startup-loan-yuzhou')
                .then(r => show('etag', r.headers.get('ETag') ? 'etag' : 'no etag'));
            }
            </script>
            """;

    private static HttpServer console;
    private static HttpServer bank;

    @BeforeAll
    static void servePartnerPages() {
        console = PartnerOrigins.serve(PartnerOrigins.LISTED_PORT, PARTNER_PAGE);
        bank = PartnerOrigins.serve(PartnerOrigins.UNLISTED_PORT, PARTNER_PAGE);
    }

    @AfterAll
    static void stopPartnerPages() {
        console.stop(0);
        bank.stop(0);
    }

    @Test
    void aPartnerPageOnAnotherOriginShowsLookupAndResolveAnswers() {
        ChromeDriver driver = browser.driver();
        driver.get(PartnerOrigins.origin(PartnerOrigins.UNLISTED_PORT) + "/?api=" + api());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(d -> !text(d, "lookup").equals("…") && !text(d, "resolve").equals("…")
                && !text(d, "etag").equals("…"));
        assertThat(text(driver, "lookup")).isEqualTo("0374-8297716");
        assertThat(text(driver, "resolve")).isEqualTo("0374-8297716");
        assertThat(text(driver, "etag")).isEqualTo("etag");
    }

    @Test
    void aChangeIsMadeFromTheListedOriginAndBlockedFromAnother() {
        String id = TestDesks.create("浏览器跨域测试", "CrossOriginPageTest");
        try {
            String etag = given().when().get("/api/v1/hotlines/" + id).then().extract().header("ETag");

            assertThat(patchFrom(PartnerOrigins.UNLISTED_PORT, id, etag, "银行改的")).startsWith("blocked");
            given().when().get("/api/v1/hotlines/" + id).then().header("ETag", etag)
                    .body("label", equalTo("浏览器跨域测试"));

            assertThat(patchFrom(PartnerOrigins.LISTED_PORT, id, etag, "控制台改的")).isEqualTo("200 控制台改的");
            given().when().get("/api/v1/hotlines/" + id).then().body("label", equalTo("控制台改的"));
        } finally {
            String etag = given().when().get("/api/v1/hotlines/" + id).then().extract().header("ETag");
            given().auth().oauth2(Tokens.admin()).header("If-Match", etag).when()
                    .post("/api/v1/hotlines/" + id + "/retire").then().statusCode(200);
        }
    }

    /** Opens the partner page on that port and sends the change from it, as its script would. */
    private String patchFrom(int port, String id, String etag, String label) {
        ChromeDriver driver = browser.driver();
        driver.get(PartnerOrigins.origin(port) + "/");
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        Object result = driver.executeAsyncScript("""
                const [url, token, etag, label, done] = arguments;
                fetch(url, {method: 'PATCH', headers: {'Authorization': 'Bearer ' + token, 'If-Match': etag,
                    'Content-Type': 'application/merge-patch+json'}, body: JSON.stringify({label})})
                  .then(r => r.json().then(b => done(r.status + ' ' + b.label)))
                  .catch(e => done('blocked: ' + e));
                """, api() + "/api/v1/hotlines/" + id, Tokens.admin(), etag, label);
        return String.valueOf(result);
    }

    private String api() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    private static String text(org.openqa.selenium.WebDriver driver, String id) {
        return driver.findElement(By.id(id)).getText();
    }
}
