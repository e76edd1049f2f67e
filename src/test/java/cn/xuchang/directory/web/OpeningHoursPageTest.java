package cn.xuchang.directory.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.xuchang.directory.common.PartnerTestsProfile;
import cn.xuchang.directory.editing.Tokens;
import cn.xuchang.directory.hours.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The page's opening hours, map links and 「附近的办事大厅」 in a real browser at 360 px, against a fixed clock, with a
 * fixture centre and window in 长社路街道 (no source gives real hours or coordinates): open on the make-up Sunday,
 * closed for 国庆节 with the day it opens again, and the centre found from the browser's (emulated) position.
 */
@QuarkusTest
@TestProfile(PartnerTestsProfile.class) // it creates a centre and a window, which lists and answers would show
class OpeningHoursPageTest extends BrowserTestBase {

    static final String TOWNSHIP = "411082003";
    static final String HOURS = "工作日 上午8:30-12:00 下午14:30-17:30";
    /** The fixture centre, in GCJ-02 as a map app gives it; the browser's position below is WGS-84, 20 m away. */
    static final double LAT = 34.0500;
    static final double LON = 113.6000;
    static String centre;

    @BeforeEach
    void fixturesAndPhone() {
        if (centre == null) {
            centre = given().auth().oauth2(Tokens.admin()).contentType("application/json; charset=utf-8")
                    .body(Map.of("name", "长社路街道便民服务中心（测试）", "region", TOWNSHIP, "hours", HOURS,
                            "address", "长社路1号（测试）", "latitude", LAT, "longitude", LON, "datum", "GCJ-02",
                            "source", "测试数据"))
                    .when().post("/api/v1/locations").then().statusCode(201).extract().path("id");
            given().auth().oauth2(Tokens.admin()).contentType("application/json; charset=utf-8")
                    .body(Map.of("location", centre, "label", "创业担保贷款窗口（测试）", "zone", "A区", "number", "3",
                            "services", List.of("startup-guarantee-loan"), "source", "测试数据"))
                    .when().post("/api/v1/windows").then().statusCode(201);
        }
        windowOf(360, 800);
        browser.consoleErrors();
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void closedForNationalDayWithTheDayItOpensAgain() {
        TestClock.set("2025-10-01T10:00");
        WebElement window = windowAnswer();
        assertThat(window.findElement(By.cssSelector(".answer-hours")).getText())
                .isEqualTo("今天休息（国庆节、中秋节），10月9日 8:30 开放");
        List<WebElement> maps = window.findElements(By.cssSelector(".map-links a"));
        assertThat(maps).extracting(WebElement::getText).containsExactly("手机地图", "高德地图", "百度地图");
        assertThat(maps.get(0).getDomAttribute("href")).startsWith("geo:34.0516").contains("(");
        assertThat(maps.get(1).getDomAttribute("href")).startsWith("https://uri.amap.com/marker?position=113.600000,34.050000")
                .contains("coordinate=gaode");
        assertThat(maps.get(2).getDomAttribute("href")).startsWith("baidumap://map/marker?location=34.050000,113.600000")
                .contains("coord_type=gcj02");
        assertThat(browser.consoleErrors()).isEmpty();
        assertNoSidewaysScrolling();
        browser.fullPageScreenshot("hours-national-day-360");
    }

    @Test
    void openOnTheMakeUpSunday() {
        TestClock.set("2025-09-28T10:00");
        assertThat(windowAnswer().findElement(By.cssSelector(".answer-hours")).getText())
                .isEqualTo("今天 8:30–12:00、14:30–17:30，现在开放");
        browser.fullPageScreenshot("hours-make-up-sunday-360");
        TestClock.set("2025-09-27T10:00");
        assertThat(windowAnswer().findElement(By.cssSelector(".answer-hours")).getText())
                .isEqualTo("今天休息，9月28日 8:30 开放");
    }

    @Test
    void nearbyCentresFromTheBrowsersPositionWhenAsked() {
        TestClock.set("2025-10-01T10:00");
        load("/");
        // The citizen allows the page to know where the phone is: a position next to the centre, in WGS-84.
        double[] wgs = wgs84Of(LAT, LON);
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation"),
                "origin", base.toString().replaceFirst("/$", "")));
        driver.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", wgs[0] + 0.0002,
                "longitude", wgs[1], "accuracy", 10));
        assertThat(driver.findElements(By.cssSelector(".nearby-item"))).as("nothing before the citizen asks").isEmpty();
        driver.findElement(By.id("nearby-find")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> !d.findElements(By.cssSelector(".nearby-item")).isEmpty());
        WebElement first = driver.findElements(By.cssSelector(".nearby-item")).get(0);
        assertThat(first.findElement(By.cssSelector(".nearby-name")).getText()).isEqualTo("长社路街道便民服务中心（测试）");
        assertThat(first.findElement(By.cssSelector(".nearby-distance")).getText()).isEqualTo("距您约20米");
        assertThat(first.findElement(By.cssSelector(".answer-hours")).getText())
                .isEqualTo("今天休息（国庆节、中秋节），10月9日 8:30 开放");
        assertThat(first.findElements(By.cssSelector(".map-links a"))).hasSize(3);
        assertThat(browser.consoleErrors()).isEmpty();
        assertNoSidewaysScrolling();
        driver.executeScript("document.getElementById('nearby').scrollIntoView()");
        browser.fullPageScreenshot("nearby-360");
    }

    /** The WGS-84 position of a GCJ-02 point, as the API's own datum shift computes it. */
    private static double[] wgs84Of(double lat, double lon) {
        var c = new cn.xuchang.directory.geo.Coordinates(lat, lon, cn.xuchang.directory.geo.Datum.GCJ02).toWgs84();
        return new double[] {c.latitude(), c.longitude()};
    }

    private WebElement windowAnswer() {
        load("/?q=" + java.net.URLEncoder.encode("长社路街道 创业贷款", java.nio.charset.StandardCharsets.UTF_8));
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> "done".equals(
                d.findElement(By.id("results")).getDomAttribute("data-state")));
        return driver.findElements(By.cssSelector("#results .answer-window")).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no window answer: " + driver.findElement(By.id("results")).getText()));
    }
}
