package org.dyad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard of a server started with a token, in a real browser (no NLP models needed): the
 * page asks for the token once, keeps it for the tab, and then works; a link may carry the token
 * in its fragment instead.
 */
class DashboardTokenIT {
    private static final String TOKEN = "dashboard-t0ken-" + Long.toHexString(System.nanoTime());

    @TempDir
    static Path dir;

    private static DyadServer server;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        server = new DyadServer(
                EventStore.openReadOnly(TestStore.seed(dir)),
                () -> {
                    throw new ApiError(503, "no NLP models in this test");
                },
                false,
                (p, a, s) -> "unused",
                ServerSettings.open().withToken(TOKEN),
                new PrintWriter(new StringWriter(), true));
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0) + "/";
        browser = Chromium.start(dir);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void forgetTheToken() {
        browser.get(base + "openapi.json");
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear();");
    }

    private static WebElement visible(String css) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    @Test
    void thePageAsksForTheTokenOnceAndThenShowsTheStore() throws Exception {
        browser.get(base + "#/overview");
        WebElement form = visible("[data-test=token-form]");
        assertThat(form.getText()).contains("needs a token");
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(
                Path.of("target", "screenshots", "token.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        form.findElement(By.cssSelector("input[name=token]")).sendKeys("not-the-token");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.cssSelector("[data-test=token-form]"))
                        .getText()
                        .contains("wrong"));

        WebElement again = visible("[data-test=token-form] input[name=token]");
        again.clear();
        again.sendKeys(TOKEN);
        browser.findElement(By.cssSelector("[data-test=token-form] button[type=submit]"))
                .click();
        assertThat(visible("[data-test=counts]").getText()).startsWith("1\narticles");

        // Other pages and a reload of the tab go on without asking again.
        browser.get(base + "#/events?source=SYRMIL");
        browser.navigate().refresh();
        visible("a.evidence-link");
        assertThat(browser.findElements(By.cssSelector("[data-test=token-form]")))
                .isEmpty();
    }

    @Test
    void aLinkMayCarryTheTokenInItsFragmentWhichThenLeavesTheAddressBar() {
        browser.get(base + "#token=" + TOKEN);
        assertThat(visible("[data-test=counts]").getText()).startsWith("1\narticles");
        assertThat(browser.getCurrentUrl()).doesNotContain(TOKEN).endsWith("#/overview");
        assertThat(browser.findElements(By.cssSelector("[data-test=token-form]")))
                .isEmpty();
    }
}
