package cn.xuchang.directory.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.xuchang.directory.editing.Tokens;
import cn.xuchang.directory.hotline.Hotline;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * 编辑台 (office editors' console) in a real browser, signing in through Keycloak's own login page: what an editor
 * of 市人社局, an editor of another office and an admin can do, and what a stolen or replayed cookie cannot.
 */
@QuarkusTest
@TestProfile(ConsolePageTest.Profile.class)
class ConsolePageTest extends BrowserTestBase {

    /** Keycloak and a database of its own (the tests change the 禹州 desk). */
    public static class Profile extends ConsoleProfile {
    }

    static final String HRSS = "hrss-editor";
    static final String SUPERVISION = "supervision-editor";
    static final String ADMIN = "directory-admin";

    @Test
    void anEditorOfTheCityBureauChangesTheYuzhouDeskAndCitizensSeeIt() {
        signIn(HRSS);
        browser.fullPageScreenshot("console-mine");
        assertThat(byId("who").getText()).isEqualTo("hrss-editor（许昌市人力资源和社会保障局）");
        row("startup-loan-yuzhou").findElement(By.cssSelector("button.edit")).click();
        waitFor("edit");
        setField("number", "12");
        byId("save").click();
        until(d -> !byId("e-number").getText().isEmpty());
        assertThat(byId("f-number").getDomAttribute("aria-invalid")).isEqualTo("true");
        // The service's own check, in the words the console's editors read.
        assertThat(byId("e-number").getText()).isEqualTo("不是有效的电话号码：「12」");
        assertThat(byId("status").getText()).isEqualTo("有 1 处需要修改，见各栏下方的提示。");
        browser.fullPageScreenshot("console-edit-errors");

        setField("number", "0374-8297718");
        byId("save").click();
        waitFor("mine");
        assertThat(row("startup-loan-yuzhou").findElement(By.cssSelector(".number")).getText())
                .isEqualTo("0374-8297718");

        driver.get(base + "?q=%E7%A6%B9%E5%B7%9E%20%E5%88%9B%E4%B8%9A%E8%B4%B7%E6%AC%BE");
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !driver
                .findElements(By.cssSelector("#results .answer-number a")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#results .answer-number a")).getText())
                .isEqualTo("0374-8297718");
        browser.screenshot("console-citizen-page-after-edit");
    }

    @Test
    void anEditorOfAnotherOfficeNeitherSeesNorChangesTheDesk() {
        signIn(SUPERVISION);
        assertThat(driver.findElements(By.cssSelector("tr[data-id='startup-loan-yuzhou']"))).isEmpty();
        Object status = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/v1/hotlines/startup-loan-yuzhou').then(r => r.headers.get('ETag')).then(etag =>"
                + " fetch('/api/v1/hotlines/startup-loan-yuzhou', {method: 'PATCH', headers: {'If-Match': etag,"
                + " 'Content-Type': 'application/merge-patch+json', 'X-CSRF-Token': session.csrfToken},"
                + " body: JSON.stringify({number: '0374-1111111'})})).then(r => done(r.status));");
        assertThat(status).isEqualTo(403L);
        browser.fullPageScreenshot("console-other-office");
    }

    @Test
    void aNeverVerifiedRecordIsVerifiedInOneClick() {
        signIn(HRSS);
        assertThat(row("startup-loan-changge").findElement(By.cssSelector(".states")).getText()).contains("从未核实");
        row("startup-loan-changge").findElement(By.cssSelector("button.verify")).click();
        until(d -> row("startup-loan-changge").findElement(By.cssSelector(".states")).getText().startsWith("核实于"));
        assertThat(byId("status").getText()).startsWith("已核实");
    }

    @Test
    void aStaleRecordIsListedFirstAndVerifiedInOneClick() {
        // 建安 last confirmed two years ago, older than directory.freshness-days (365); 市区 confirmed today.
        QuarkusTransaction.requiringNew().run(() -> {
            Hotline.update("lastVerified = ?1 where id = ?2", LocalDate.now().minusYears(2), "startup-loan-jian-an");
            Hotline.update("lastVerified = ?1 where id = ?2", LocalDate.now(), "startup-loan-city");
        });
        signIn(HRSS);
        assertThat(row("startup-loan-jian-an").findElement(By.cssSelector(".states")).getText()).contains("已过期");
        List<String> order = driver.findElements(By.cssSelector("#records tbody tr")).stream()
                .map(r -> r.getDomAttribute("data-id")).toList();
        assertThat(order).contains("startup-loan-city");
        assertThat(order.indexOf("startup-loan-jian-an")).isLessThan(order.indexOf("startup-loan-city"));
        browser.fullPageScreenshot("console-stale");
        row("startup-loan-jian-an").findElement(By.cssSelector("button.verify")).click();
        until(d -> row("startup-loan-jian-an").findElement(By.cssSelector(".states")).getText()
                .equals("核实于 " + LocalDate.now(ZoneId.of("Asia/Shanghai"))));
        given().get("/api/v1/hotlines?stale=true&organization=xuchang-hrss&size=200").then()
                .body("items.id", not(hasItem("startup-loan-jian-an")));
    }

    @Test
    void aCitizenReportIsReadAndClosedWithWhatWasDone() {
        String id = given().contentType(ContentType.JSON).header("X-Forwarded-For", "203.0.113.150")
                .body(Map.of("kind", "hotline", "id", "startup-loan-xiangcheng", "problem", "no_answer",
                        "text", "<b>打了三次没人接</b>"))
                .post("/api/v1/reports").then().statusCode(201).extract().path("id");
        signIn(HRSS);
        assertThat(byId("badge").isDisplayed()).isTrue();
        byId("nav-reports").click();
        waitFor("reports");
        WebElement report = driver.findElement(By.cssSelector(".report[data-id='" + id + "']"));
        assertThat(report.findElement(By.cssSelector(".report-text")).getText()).isEqualTo("<b>打了三次没人接</b>");
        browser.fullPageScreenshot("console-reports");
        report.findElement(By.tagName("textarea")).sendKeys("已打通，接线时间为工作日8:30-12:00");
        report.findElement(By.cssSelector("button.close-report")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> driver.findElements(By.cssSelector(".report[data-id='" + id + "']")).isEmpty());
        given().auth().oauth2(Tokens.editor("check", "xuchang-hrss")).get("/api/v1/reports?status=closed&size=100")
                .then().statusCode(200);
        assertThat(given().auth().oauth2(Tokens.admin()).get("/api/v1/reports?status=closed&size=100").then()
                .extract().jsonPath().getList("items.findAll { it.id == '" + id + "' }.resolution"))
                .containsExactly("已打通，接线时间为工作日8:30-12:00");
    }

    @Test
    void whenTwoEditorsChangeTheSameRecordTheSecondSeesBothVersions() {
        signIn(HRSS);
        row("startup-loan-yanling").findElement(By.cssSelector("button.edit")).click();
        waitFor("edit");
        String etag = given().get("/api/v1/hotlines/startup-loan-yanling").then().extract().header("ETag");
        given().auth().oauth2(Tokens.editor("another-hrss-editor", "xuchang-hrss")).contentType(Tokens.MERGE_PATCH)
                .header("If-Match", etag).body("{\"hours\":\"工作日 8:30-12:00\"}")
                .patch("/api/v1/hotlines/startup-loan-yanling").then().statusCode(200);

        setField("number", "0374-5999999");
        byId("save").click();
        waitFor("conflict");
        assertThat(driver.findElement(By.cssSelector(".conflict")).getText())
                .contains("0374-5999999").contains("工作日 8:30-12:00");
        browser.fullPageScreenshot("console-conflict");
        byId("keep-mine").click();
        waitFor("edit");
        assertThat(byId("f-number").getDomProperty("value")).isEqualTo("0374-5999999");
        assertThat(byId("f-hours").getDomProperty("value")).isEqualTo("工作日 8:30-12:00");
        byId("save").click();
        waitFor("mine");

        row("startup-loan-yanling").findElement(By.cssSelector("button.history")).click();
        waitFor("history");
        browser.fullPageScreenshot("console-history");
        driver.findElements(By.cssSelector("#history button.bring-back")).get(0).click();
        until(d -> byId("status").getText().startsWith("已恢复"));
        given().get("/api/v1/hotlines/startup-loan-yanling").then().body("number", equalTo("0374-7163238")).body("hours", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aCookieWriteWithoutCsrfTokenIs403AndChangesNothing() {
        signIn(HRSS);
        Map<String, String> cookies = sessionCookies();
        String etag = given().get("/api/v1/hotlines/startup-loan-city").then().extract().header("ETag");
        given().cookies(cookies).contentType(Tokens.MERGE_PATCH).header("If-Match", etag)
                .body("{\"number\":\"0374-1234567\"}").patch("/api/v1/hotlines/startup-loan-city")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/hotlines/startup-loan-city").then().header("ETag", etag)
                .body("number", equalTo("0374-2620256"));
        // The cookie itself is good: only the token was missing.
        given().cookies(cookies).get("/api/v1/reports").then().statusCode(200);
    }

    @Test
    void afterSignOutTheOldSessionCookieIs401() {
        signIn(HRSS);
        Map<String, String> cookies = new HashMap<>(sessionCookies());
        String csrf = driver.manage().getCookieNamed("console-csrf").getValue();
        cookies.put("console-csrf", csrf);
        given().cookies(cookies).get("/api/v1/reports").then().statusCode(200);

        byId("logout").click();
        waitFor("signed-out");
        browser.screenshot("console-signed-out");
        assertThat(sessionCookies()).isEmpty();

        // The cookie as it was before sign-out, replayed by someone who kept a copy: a read and a write.
        given().cookies(cookies).get("/api/v1/reports").then().statusCode(401)
                .contentType("application/problem+json");
        String etag = given().get("/api/v1/hotlines/startup-loan-xiangcheng").then().extract().header("ETag");
        given().cookies(cookies).header("X-CSRF-Token", csrf).contentType(Tokens.MERGE_PATCH).header("If-Match", etag)
                .body("{\"number\":\"0374-1234567\"}").patch("/api/v1/hotlines/startup-loan-xiangcheng")
                .then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/hotlines/startup-loan-xiangcheng").then().header("ETag", etag)
                .body("number", equalTo("0374-3561966"));
    }

    @Test
    void whenTheSessionEndsWhileThePageIsOpenThePageSaysSo() {
        signIn(HRSS);
        sessionCookies().keySet().forEach(name -> driver.manage().deleteCookieNamed(name));
        byId("nav-reports").click();
        waitFor("signed-out");
        assertThat(byId("status").getText()).isEqualTo("登录已失效（已退出或超时），请重新登录。");
        assertThat(byId("nav").isDisplayed()).isFalse();
    }

    @Test
    void anEditorUploadsASheetSeesThePreviewAndAppliesIt() throws IOException {
        signIn(HRSS);
        byId("nav-import").click();
        waitFor("import");
        browser.fullPageScreenshot("console-import");
        // The template the page links to holds the office's own records: larger than the blank one.
        Object prefilled = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('template').href).then(r => r.arrayBuffer()).then(b => done(b.byteLength));");
        assertThat((Long) prefilled).isGreaterThan(given().get("/api/v1/imports/template.xlsx").then().statusCode(200)
                .extract().asByteArray().length);

        // One new desk, and one with a number nobody can dial: the preview names the bad row first, and refuses.
        Path sheet = sheet("导入测试.csv", ",0374-8297719,咨询,创业担保贷款服务电话（导入测试）,,,xuchang-hrss,,,411081,正常,,,测试表格",
                ",0374-82977,咨询,创业担保贷款服务电话（号码有误）,,,xuchang-hrss,,,411081,正常,,,测试表格");
        byId("import-file").sendKeys(sheet.toString());
        byId("preview").click();
        waitFor("import-preview");
        List<WebElement> rows = driver.findElements(By.cssSelector("#import-rows tbody tr"));
        assertThat(rows.get(0).getDomAttribute("class")).isEqualTo("row-error");
        assertThat(rows.get(0).getText()).contains("有错误").contains("不是有效的电话号码：「0374-82977」");
        assertThat(byId("import-counts").getText()).startsWith("新增 1 条，修改 0 条");
        assertThat(driver.findElements(By.id("apply"))).isEmpty();
        assertThat(byId("import-blocked").isDisplayed()).isTrue();
        browser.fullPageScreenshot("console-import-errors");

        sheet = sheet("导入测试.csv", ",0374-8297719,咨询,创业担保贷款服务电话（导入测试）,,,xuchang-hrss,,,411081,正常,,,测试表格");
        byId("import-file").sendKeys(sheet.toString());
        byId("preview").click();
        until(d -> byId("import-counts").getText().startsWith("新增 1 条，修改 0 条，不变 0 条，有错误 0 行；"));
        assertThat(driver.findElement(By.cssSelector("#import-rows tbody tr")).getText()).contains("新增")
                .contains("0374-8297719");
        browser.fullPageScreenshot("console-import-preview");
        byId("apply").click();
        waitFor("import-applied");
        assertThat(byId("import-done").getText()).contains("新增 1 条").contains("hrss-editor");
        browser.fullPageScreenshot("console-import-applied");
        given().get("/api/v1/hotlines?organization=xuchang-hrss&size=200").then()
                .body("items.findAll { it.label == '创业担保贷款服务电话（导入测试）' }.number", hasItem("0374-8297719"));
    }

    /** A CSV in the template's layout of the hotline sheet, UTF-8 as Excel saves it ("CSV UTF-8", with BOM). */
    private static Path sheet(String name, String... rows) throws IOException {
        String header = "编号,号码,类型,名称,说明,服务时间,所属机构,办理事项,全国统一,服务地区,状态,归并至,状态说明,来源";
        Path file = Files.createTempDirectory("console-import").resolve(name);
        Files.writeString(file, "\uFEFF" + header + "\r\n" + String.join("\r\n", rows) + "\r\n");
        return file;
    }

    @Test
    void anAdminSeesConflictsTheOrganizationTreeAndEveryRecord() {
        signIn(ADMIN);
        byId("nav-admin").click();
        waitFor("admin");
        assertThat(byId("org-tree").getText()).contains("许昌市人力资源和社会保障局（xuchang-hrss）");
        browser.fullPageScreenshot("console-admin");
        byId("nav-mine").sendKeys(Keys.ENTER);
        waitFor("mine");
        assertThat(driver.findElements(By.cssSelector("#records tbody tr")).size()).isGreaterThan(10);
    }

    // ---- Signing in through Keycloak's page ----

    private void signIn(String user) {
        windowOf(1280, 900);
        // Every cookie of every site (the service's session, Keycloak's single sign-on): a fresh browser.
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        load("/console/");
        waitFor("signed-out");
        byId("login").click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("username")).isEmpty());
        if (user.equals(HRSS)) {
            browser.screenshot("console-login");
        }
        assertThat(driver.findElement(By.tagName("body")).getText()).as("Keycloak's page in Chinese").contains("登录");
        byId("username").sendKeys(user);
        byId("password").sendKeys(user + "-pass");
        byId("kc-login").click();
        waitFor("mine");
    }

    /** Waits for a condition on a page that may redraw meanwhile (an element found, then replaced, is tried again). */
    private void until(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    private Map<String, String> sessionCookies() {
        return driver.manage().getCookies().stream()
                .filter(c -> c.getName().startsWith("q_session_console"))
                .collect(Collectors.toMap(Cookie::getName, Cookie::getValue));
    }

    private void waitFor(String state) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
                try {
                    return state.equals(state());
                } catch (RuntimeException notYet) {
                    return false;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("console-failed-waiting-for-" + state);
            throw new AssertionError("Waited for " + state + " at " + driver.getCurrentUrl() + ":\n"
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    private String state() {
        return byId("view").getDomAttribute("data-state");
    }

    private WebElement row(String id) {
        return driver.findElement(By.cssSelector("#records tr[data-id='" + id + "']"));
    }

    private void setField(String field, String value) {
        WebElement input = byId("f-" + field);
        input.clear();
        input.sendKeys(value);
    }
}
