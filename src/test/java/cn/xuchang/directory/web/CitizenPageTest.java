package cn.xuchang.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.junit.QuarkusTest;

/** 市民查询页 (citizen page) in a real browser: what a citizen types, taps and sees, on the real data. */
@QuarkusTest
class CitizenPageTest extends BrowserTestBase {

    @BeforeEach
    void freshPage() {
        windowOf(1024, 900);
        open("/");
        driver.executeScript("window.localStorage.clear()");
        open("/");
        browser.consoleErrors();
    }

    @Test
    void searchingShowsTheCountyDeskFirstAsALargeTelLink() {
        search("禹州 创业贷款");

        WebElement first = answers().get(0);
        WebElement tel = first.findElement(By.cssSelector(".answer-number a"));
        assertThat(tel.getText()).isEqualTo("0374-8297716");
        assertThat(tel.getDomAttribute("href")).isEqualTo("tel:+863748297716");
        assertThat(first.findElement(By.cssSelector(".answer-service")).getText()).isEqualTo("创业担保贷款");
        assertThat(first.findElement(By.cssSelector(".answer-desk")).getText()).isEqualTo("由禹州市受理");
        assertThat(first.findElement(By.cssSelector(".source")).getText())
                .isEqualTo("来源：许昌日报 2023年11月，广告「许昌市人力资源和社会保障局创业担保贷款 服务电话」");
        assertThat(first.findElement(By.cssSelector(".source-date")).getText()).isEqualTo("信息来源日期 2023年11月");
        assertThat(first.findElement(By.cssSelector(".verified")).getText()).isEqualTo("据许昌日报2023年11月刊登");
        assertThat(driver.getCurrentUrl()).contains("?q=").doesNotContain("region=");
        browser.screenshot("search-yuzhou");
    }

    @Test
    void theFooterSpeaksPlainChinese() {
        String footer = driver.findElement(By.cssSelector(".site-footer")).getText();
        assertThat(footer).contains("数据使用说明").doesNotContain("API", "接口", "开发者");
        assertThat(driver.findElement(By.cssSelector(".site-footer a")).getDomAttribute("href")).isEqualTo("/q/swagger-ui");
    }

    @Test
    void noRepositoryPathOrUnverifiedLabelReachesThePage() {
        search("禹州 创业贷款");
        String shown = byId("results").getText();
        assertThat(shown).doesNotContain("shared/", ".txt", ".csv", "未核实", "stored");

        checkNumber("12333");
        assertThat(text(".hotline .source")).isEqualTo("来源：网上公开资料（plnmw.com）");
        assertThat(text(".hotline .verified")).isEqualTo("摘自网上公开资料，尚未电话核实");
        assertThat(driver.findElements(By.cssSelector(".hotline .source-date"))).isEmpty();
        assertThat(byId("results").getText()).doesNotContain("shared/", ".csv", "stored");
    }

    @Test
    void aWrongNumberIsReportedFromTheAnswerAndTheReferenceShown() {
        onAPhone();
        search("禹州 创业贷款");
        WebElement first = answers().get(0);
        WebElement open = first.findElement(By.cssSelector(".report-open"));
        assertThat(open.getText()).isEqualTo("号码不对？告诉我们");
        assertThat(answers()).allSatisfy(a -> assertThat(a.findElements(By.cssSelector(".report-open"))).hasSize(1));
        open.click();
        assertThat(open.getDomAttribute("aria-expanded")).isEqualTo("true");
        WebElement form = first.findElement(By.cssSelector(".report-form"));
        assertThat(open.getDomAttribute("aria-controls")).isEqualTo(form.getDomAttribute("id"));
        assertThat(focusedId()).startsWith("report-");
        assertThat(form.findElement(By.tagName("legend")).getText()).isEqualTo("哪里不对？");

        form.findElement(By.cssSelector("button[type=submit]")).click(); // nothing chosen yet
        assertThat(form.findElement(By.cssSelector(".report-outcome")).getText()).isEqualTo("请先选择哪里不对。");

        form.findElement(By.xpath(".//label[contains(., '打了没人接')]")).click();
        form.findElement(By.tagName("textarea")).sendKeys("工作日上午打了三次都没人接");
        assertThat(form.findElement(By.cssSelector(".report-outcome")).getText()).isEmpty();
        script("arguments[0].scrollIntoView({block: 'center'})", form);
        assertNoSidewaysScrolling();
        browser.screenshot("report-form-360");

        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement done = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> first.findElements(By.cssSelector(".report-done")).stream().findFirst().orElse(null));
        assertThat(done.getText()).contains("谢谢，已经收到").contains("受理编号：");
        String id = done.findElement(By.cssSelector(".report-reference")).getDomAttribute("data-report-id");
        assertThat(done.findElement(By.cssSelector(".report-reference strong")).getText())
                .isEqualTo(id.substring(0, 8).toUpperCase());
        assertThat(focusedId()).isNull();
        assertThat(driver.switchTo().activeElement().getDomAttribute("class")).isEqualTo("report-done");
        script("arguments[0].scrollIntoView({block: 'center'})", done);
        browser.screenshot("report-confirmed-360");

        io.restassured.RestAssured.given().auth().oauth2(cn.xuchang.directory.editing.Tokens.admin())
                .when().get("/api/v1/reports?size=200").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.recordId", org.hamcrest.Matchers.equalTo("startup-loan-yuzhou"))
                .body("items.find { it.id == '" + id + "' }.problem", org.hamcrest.Matchers.equalTo("no_answer"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void tooManyReportsAndOtherFailuresAreSaidAsText() {
        search("禹州 创业贷款");
        // The service answers 429 with Retry-After after five reports a minute; the page reads the header.
        script("var real = window.fetch; window.fetch = function (url, options) {"
                + " if (options && options.method === 'POST') return Promise.resolve(new Response("
                + " JSON.stringify({status: 429, title: 'Too Many Requests'}), {status: 429,"
                + " headers: {'Retry-After': '42', 'Content-Type': 'application/problem+json'}}));"
                + " return real.apply(this, arguments); };");
        WebElement first = answers().get(0);
        first.findElement(By.cssSelector(".report-open")).click();
        first.findElement(By.xpath(".//label[contains(., '号码不对')]")).click();
        first.findElement(By.cssSelector(".report-form button[type=submit]")).click();
        WebElement outcome = first.findElement(By.cssSelector(".report-outcome"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> outcome.getText().startsWith("提交太频繁"));
        assertThat(outcome.getText()).isEqualTo("提交太频繁，请 42 秒后再试。");
        assertThat(outcome.getDomAttribute("role")).isEqualTo("status");

        script("window.fetch = function () { return Promise.reject(new TypeError('offline')); };");
        first.findElement(By.cssSelector(".report-form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> outcome.getText().startsWith("网络连接出错"));

        first.findElement(By.cssSelector(".report-form .secondary")).click(); // 取消
        assertThat(first.findElements(By.cssSelector(".report-form"))).isEmpty();
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("号码不对？告诉我们");
    }

    @Test
    void aPlaceOutsideTheAreaIsSaidPlainlyAndOnlyNationalNumbersFollow() {
        onAPhone();
        search("洛阳 创业担保贷款");

        assertThat(text(".message.outside-area .outside-title")).isEqualTo("洛阳不在本目录范围内。");
        assertThat(text(".message.outside-area")).contains("下面是全国通用的号码，在洛阳市也能打");
        assertThat(answers()).extracting(a -> a.findElement(By.cssSelector(".answer-number a")).getText())
                .containsExactly("12333", "12345");
        assertThat(answers()).allSatisfy(a -> assertThat(a.findElement(By.cssSelector(".answer-desk")).getText())
                .isEqualTo("全国统一号码"));
        assertThat(driver.findElements(By.cssSelector(".save-contacts"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector(".summary-place"))).isEmpty();
        assertThat(byId("status").getDomProperty("textContent")).startsWith("洛阳不在本目录范围内");
        assertNoSidewaysScrolling();
        browser.fullPageScreenshot("outside-area-360");
    }

    @Test
    void aFormerNameIsShownWithTheCurrentOne() {
        onAPhone();
        search("许昌县 创业贷款");

        assertThat(text(".summary-place")).isEqualTo("地点：许昌县（现建安区）");
        assertThat(text(".message.former-name")).isEqualTo("许昌县已于2016年改名为建安区，下面是建安区的电话。");
        assertThat(firstNumber()).isEqualTo("0374-5113011");
        assertNoSidewaysScrolling();
        browser.fullPageScreenshot("former-name-360");
    }

    @Test
    void theDesksOfThePlaceCanBeSavedToThePhonesContacts() {
        search("禹州 创业贷款");

        WebElement link = driver.findElement(By.cssSelector(".save-contacts a"));
        assertThat(link.getText()).isEqualTo("把禹州市的办事电话存到手机通讯录");
        assertThat(link.getDomAttribute("href")).isEqualTo("/api/v1/contacts/411081.vcf");
        assertThat(link.getDomAttribute("download")).isEqualTo("禹州市办事电话.vcf");
    }

    @Test
    void aPickedPlaceIsSentAndRememberedOnTheDevice() {
        pick("长葛市", null);
        search("创业贷款");

        assertThat(firstNumber()).isEqualTo("0374-6165116");
        assertThat(driver.getCurrentUrl()).contains("region=411082");
        assertThat(text(".summary-place")).isEqualTo("地点：长葛市（您选的地点）");
        browser.screenshot("search-changge");

        open("/");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> "长葛市".equals(new Select(byId("county")).getFirstSelectedOption().getText()));
        assertThat(byId("town").isEnabled()).isTrue();
    }

    @Test
    void aTownshipWithoutADeskSaysWhichHigherDeskAnswers() {
        pick("禹州市", "磨街乡");
        search("创业贷款");
        assertThat(firstNumber()).isEqualTo("0374-8297716");
        assertThat(answers().get(0).findElement(By.cssSelector(".answer-desk.fallback")).getText())
                .isEqualTo("磨街乡没有专门窗口，由禹州市受理");

        pick("许昌经济技术开发区", null);
        search("创业贷款");
        assertThat(firstNumber()).isEqualTo("0374-2620256");
        assertThat(answers().get(0).findElement(By.cssSelector(".answer-desk")).getText())
                .isEqualTo("许昌经济技术开发区没有专门窗口，由市级窗口受理（许昌市）");
        browser.screenshot("search-fallback-city");
    }

    @Test
    void aQueryWithNoAnswerSaysSoPlainly() {
        search("天气预报");

        assertThat(answers()).isEmpty();
        assertThat(text(".message.no-results")).startsWith("没有找到相关的电话或窗口");
        assertThat(byId("status").getDomProperty("textContent")).isEqualTo("没有找到相关的电话或窗口。");
        browser.screenshot("no-results");
    }

    @Test
    void aBlankSearchAsksForWordsWithoutAsking() {
        byId("q").sendKeys("   ");
        byId("lookup-submit").click();

        assertThat(text(".message.invalid")).isEqualTo("请先输入要办的事，例如「创业贷款」。");
        assertThat(focusedId()).isEqualTo("q");
        assertThat(driver.getCurrentUrl()).doesNotContain("q=");
    }

    @Test
    void checkingANumberSaysWhoseDeskItIs() {
        checkNumber("0374-5113011");

        assertThat(text(".verdict.listed")).isEqualTo("0374-5113011 是本目录收录的官方号码：");
        assertThat(text(".hotline-label")).isEqualTo("创业担保贷款服务电话（建安区）");
        assertThat(text(".hotline-regions")).isEqualTo("地区：建安区");
        assertThat(text(".hotline-organization")).isEqualTo("单位：许昌市人力资源和社会保障局（市人社局）");
        assertThat(driver.getCurrentUrl()).endsWith("/?number=0374-5113011");
        browser.screenshot("number-jianan");
    }

    @Test
    void aMergedANumberNotInTheDirectoryAndAnInvalidOneAreToldApart() {
        checkNumber("12369");
        assertThat(text(".hotline-status")).isEqualTo("这个号码已停用，并入 12345（政务服务便民热线）");

        checkNumber("0374-1234567");
        assertThat(text(".verdict.unlisted")).isEqualTo("0374-1234567 不在本目录中，无法确认是官方号码。");

        checkNumber("12345678901");
        assertThat(text(".message.invalid")).startsWith("「12345678901」不是有效的电话号码");

        checkNumber("不是号码");
        assertThat(text(".message.invalid")).startsWith("「不是号码」不是有效的电话号码");
        browser.screenshot("number-invalid");
    }

    @Test
    void aSharedAddressShowsItsAnswerDirectly() {
        open("/?q=%E7%A6%B9%E5%B7%9E%20%E5%88%9B%E4%B8%9A%E8%B4%B7%E6%AC%BE");

        assertThat(firstNumber()).isEqualTo("0374-8297716");
        assertThat(byId("q").getDomProperty("value")).isEqualTo("禹州 创业贷款");
        browser.screenshot("shared-link");

        open("/?number=12345");
        assertThat(byId("number-form").isDisplayed()).isTrue();
        assertThat(text(".verdict.listed")).startsWith("12345 是本目录收录的官方号码");
    }

    @Test
    void backAndForwardShowWhatTheAddressSays() {
        search("禹州 创业贷款");
        search("天气预报");
        checkNumber("0374-5113011");

        driver.navigate().back();
        assertThat(driver.getCurrentUrl()).endsWith("/?number=");
        assertThat(byId("number-form").isDisplayed()).isTrue();
        assertThat(resultsState()).isEqualTo("idle");

        driver.navigate().back();
        waitForResults();
        assertThat(byId("lookup-form").isDisplayed()).isTrue();
        assertThat(byId("q").getDomProperty("value")).isEqualTo("天气预报");
        assertThat(text(".message.no-results")).startsWith("没有找到");

        driver.navigate().back();
        waitForResults();
        assertThat(firstNumber()).isEqualTo("0374-8297716");

        driver.navigate().forward();
        driver.navigate().forward();
        driver.navigate().forward();
        waitForResults();
        assertThat(byId("number").getDomProperty("value")).isEqualTo("0374-5113011");
        assertThat(text(".hotline-regions")).isEqualTo("地区：建安区");
        browser.screenshot("back-forward");
    }

    @Test
    void thePageLogsNoConsoleErrors() {
        search("禹州 创业贷款");
        search("天气预报");
        pick("禹州市", "鸠山镇");
        search("创业贷款");
        checkNumber("0374-5113011");
        checkNumber("0374-1234567");
        open("/?q=%E5%B8%82%E9%95%BF%E7%83%AD%E7%BA%BF");
        driver.navigate().back();
        waitForResults();

        assertThat(browser.consoleErrors()).as("SEVERE entries in the browser console").isEmpty();
        browser.screenshot("console-clean");
    }

    @Test
    void onA360PixelPhoneTheNumberIsLargeAndNothingScrollsSideways() {
        onAPhone();
        assertThat(script("return window.innerWidth")).isEqualTo(360L);
        assertNoSidewaysScrolling();
        browser.screenshot("home-360");
        search("禹州 创业贷款");

        browser.screenshot("results-360");
        assertNoSidewaysScrolling();
        WebElement number = answers().get(0).findElement(By.cssSelector(".answer-number a"));
        assertThat(px(number.getCssValue("font-size"))).isGreaterThanOrEqualTo(28);
        assertThat(number.isDisplayed()).isTrue();
        assertThat((Long) script("return Math.ceil(arguments[0].getBoundingClientRect().right)", number))
                .isLessThanOrEqualTo(360L);
        // The answer is brought into view: the first number is on the first screen after the search.
        assertThat((Long) script("return Math.ceil(arguments[0].getBoundingClientRect().bottom)", number))
                .isBetween(0L, 800L);
        browser.fullPageScreenshot("results-360-full");

        checkNumber("0374-5113011");
        assertNoSidewaysScrolling();
        browser.screenshot("number-360");
    }

    @Test
    void everythingIsReachableByKeyboardAndEnterSearches() {
        List<String> order = tabThrough(6);
        assertThat(order).containsSubsequence("mode-lookup", "mode-number", "q", "county", "lookup-submit");
        assertThat(order).doesNotContain("town");
        assertVisibleFocus();

        byId("county").sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        assertThat(new Select(byId("county")).getFirstSelectedOption().getText()).isEqualTo("建安区");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> byId("town").isEnabled());
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(focusedId()).isEqualTo("town");
        assertVisibleFocus();

        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB, Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertThat(focusedId()).isEqualTo("q");
        new Actions(driver).sendKeys("创业贷款", Keys.ENTER).perform();
        waitForResults();
        assertThat(firstNumber()).isEqualTo("0374-5113011");
        assertThat(focusedId()).isEqualTo("results-heading");

        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("0374-5113011");
        assertVisibleFocus();
        browser.screenshot("keyboard");

        byId("mode-number").sendKeys(Keys.ENTER);
        assertThat(focusedId()).isEqualTo("number");
        new Actions(driver).sendKeys("0374-8297716", Keys.ENTER).perform();
        waitForResults();
        assertThat(text(".hotline-regions")).isEqualTo("地区：禹州市");
    }

    @Test
    void thePageHasLandmarksLabelsAndALiveRegion() {
        assertThat(driver.findElements(By.cssSelector("header, main, footer"))).hasSize(3);
        assertThat(driver.findElements(By.cssSelector("form[role=search]"))).hasSize(2);
        for (String field : List.of("q", "county", "town", "number")) {
            assertThat(driver.findElements(By.cssSelector("label[for=" + field + "]"))).as(field).hasSize(1);
        }
        assertThat(byId("status").getDomAttribute("aria-live")).isEqualTo("polite");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-CN");
    }

    @Test
    void textFromTheApiIsShownAsTextNeverAsMarkup() {
        search("<img src=x onerror=window.injected=1>创业贷款");

        assertThat(text(".summary")).contains("<img src=x onerror=window.injected=1>");
        assertThat(driver.findElements(By.cssSelector("#results img"))).isEmpty();
        assertThat(script("return window.injected === undefined")).isEqualTo(true);
    }

    @Test
    void withoutStorageThePageStillWorks() {
        Map<String, Object> blocked = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of(
                "source", "Object.defineProperty(window, 'localStorage', {get() {"
                        + " throw new DOMException('storage is off', 'SecurityError'); }});"));
        try {
            open("/");
            pick("长葛市", null);
            search("创业贷款");
            assertThat(firstNumber()).isEqualTo("0374-6165116");
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", blocked.get("identifier")));
        }
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("no-storage");
    }

    @Test
    void aNetworkFailureIsSaidPlainly() {
        driver.executeCdpCommand("Network.enable", Map.of());
        try {
            driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", true,
                    "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
            search("禹州 创业贷款");
            assertThat(text(".message.network-error")).startsWith("网络连接出错");
            browser.screenshot("network-error");
        } finally {
            driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false,
                    "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
            driver.executeCdpCommand("Network.disable", Map.of());
        }
        driver.findElement(By.cssSelector(".message.network-error button")).click();
        waitForResults();
        assertThat(firstNumber()).isEqualTo("0374-8297716");
    }

    // ---- What a citizen does ----

    /** The page in a 360 px wide window, as a phone shows it. */
    private void onAPhone() {
        windowOf(360, 800);
        open("/");
    }

    private void open(String address) {
        load(address);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !"loading".equals(resultsState())
                && byId("county").findElements(By.tagName("option")).size() > 1);
    }

    private void search(String query) {
        submit("lookup", "q", query);
    }

    private void checkNumber(String number) {
        submit("number", "number", number);
    }

    /** Types the text into a field of one of the page's two forms (lookup, number) and sends it. */
    private void submit(String mode, String field, String text) {
        showForm(mode);
        WebElement input = byId(field);
        input.clear();
        input.sendKeys(text);
        byId(mode + "-submit").click();
        waitForResults();
    }

    private void showForm(String mode) {
        if (!byId(mode + "-form").isDisplayed()) {
            byId("mode-" + mode).click();
        }
    }

    private void pick(String county, String town) {
        showForm("lookup");
        new Select(byId("county")).selectByVisibleText(county);
        if (town != null) {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> byId("town").isEnabled());
            new Select(byId("town")).selectByVisibleText(town);
        }
    }

    private void waitForResults() {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> List.of("done", "error").contains(resultsState()));
    }

    // ---- What the page shows ----

    private String resultsState() {
        return byId("results").getDomAttribute("data-state");
    }

    private List<WebElement> answers() {
        return driver.findElements(By.cssSelector("#results .answer"));
    }

    private String firstNumber() {
        return answers().get(0).findElement(By.cssSelector(".answer-number a")).getText();
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    private String focusedId() {
        return driver.switchTo().activeElement().getDomAttribute("id");
    }

    private List<String> tabThrough(int presses) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < presses; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            ids.add(focusedId());
        }
        return ids;
    }

    private void assertVisibleFocus() {
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getCssValue("outline-style")).as("outline of the focused element").isNotEqualTo("none");
        assertThat(px(focused.getCssValue("outline-width"))).as("outline width").isGreaterThanOrEqualTo(3);
    }

    private static double px(String cssLength) {
        return Double.parseDouble(cssLength.replace("px", ""));
    }
}
