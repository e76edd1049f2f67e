package cn.xuchang.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import io.quarkus.test.common.http.TestHTTPResource;

/**
 * 浏览器测试 (browser test): what every page test shares — one headless Chromium for the test class, started before
 * its first test and closed after its last, and the service's address to open pages at.
 */
abstract class BrowserTestBase {

    @TestHTTPResource("/")
    URL base;

    static HeadlessChromium browser;
    ChromeDriver driver;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** The browser's window set to this size, e.g. 360 × 800 for a phone. */
    void windowOf(int width, int height) {
        driver = browser.driver();
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Loads a page of the service, its address given from the root ("/", "/?q=…", "/console/"). */
    void load(String address) {
        driver.get(base.toString().replaceFirst("/$", "") + address);
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    /** The page is no wider than a 360 px phone: nothing makes the citizen scroll sideways. */
    void assertNoSidewaysScrolling() {
        Number scroll = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        assertThat(scroll.intValue()).as("page width").isLessThanOrEqualTo(360);
    }
}
