package org.dyad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.dyad.serve.SyntheticStore.Event;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The timeline, network and map pages in headless Chromium over a store shaped like a real
 * corpus ({@link ScaleStore}: about 6,000 events, 250 actors, 300 spots, an outlier in 2020),
 * with no NLP models. What each page should show is counted here from the events written.
 * Screenshots go to target/screenshots.
 */
class DashboardScaleIT {
    @TempDir
    static Path dir;

    private static ScaleStore.Scale scale;
    private static DyadServer server;
    private static ChromeDriver browser;
    private static String base;
    private static final Path SHOTS = Path.of("target", "screenshots");

    @BeforeAll
    static void start() throws Exception {
        scale = ScaleStore.build(dir);
        server = new DyadServer(
                EventStore.openReadOnly(scale.db()),
                () -> {
                    throw new ApiError(503, "no NLP models in this test");
                },
                false,
                (p, a, s) -> "unused",
                new PrintWriter(System.err, true));
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0) + "/";
        browser = Chromium.start(dir);
        // Tall enough for a whole chart and its caption in one screenshot.
        browser.manage().window().setSize(new Dimension(1280, 1150));
        Files.createDirectories(SHOTS);
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

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private static WebElement visible(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static List<WebElement> all(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    private static void screenshot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private static long count(Predicate<Event> which) {
        return scale.events().stream().filter(which).count();
    }

    private static boolean between(Event e, String x, String y) {
        String s = e.source().country();
        String t = e.target().country();
        return (s.equals(x) && t.equals(y)) || (s.equals(y) && t.equals(x));
    }

    private static String n(long x) {
        return String.format(Locale.ENGLISH, "%,d", x);
    }

    /** The actors {@code actor} has events with, itself aside. */
    private static Set<String> partners(String actor) {
        return scale.events().stream()
                .filter(e -> !e.source().country().equals(e.target().country()))
                .filter(e -> e.source().country().equals(actor)
                        || e.target().country().equals(actor))
                .map(e -> e.source().country().equals(actor)
                        ? e.target().country()
                        : e.source().country())
                .collect(Collectors.toSet());
    }

    @Test
    void theTimelineOpensWhereTheDyadsEventsAreAndBreaksItsLineOverSilentWeeks() throws Exception {
        LocalDate first = scale.events().stream()
                .filter(e -> between(e, "USA", "IRN") && e.date().getYear() > 2020)
                .map(Event::date)
                .min(LocalDate::compareTo)
                .orElseThrow();
        browser.get(base + "#/timeline?a=USA&b=IRN");
        waiting().until(d -> !all("circle.tl-point").isEmpty());

        assertThat(browser.findElement(By.name("from")).getAttribute("value")).isEqualTo(first.toString());
        assertThat(firstTick()).startsWith("2025");
        // Four silent weeks in July 2025: the Goldstein line is at least two pieces.
        String line = browser.findElement(By.cssSelector("path.goldstein-line")).getAttribute("d");
        assertThat(line.chars().filter(c -> c == 'M').count()).isGreaterThanOrEqualTo(2);
        long usaIrn = count(e -> between(e, "USA", "IRN"));
        assertThat(browser.findElement(By.cssSelector("[data-test=coverage]")).getText())
                .contains(n(usaIrn - 1) + " of the dyad's " + n(usaIrn) + " event(s)")
                .contains("1 event(s) far from the rest are left out");
        screenshot("timeline-scale");

        browser.findElement(By.cssSelector("[data-test=whole-range]")).click();
        waiting().until(d -> firstTick().startsWith("2020"));
        assertThat(browser.findElement(By.name("from")).getAttribute("value")).isEmpty();

        WebElement from = browser.findElement(By.name("from"));
        WebElement to = browser.findElement(By.name("to"));
        script("arguments[0].value = '2025-06-01'; arguments[1].value = '2025-09-30';", from, to);
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        long summer = count(e -> between(e, "USA", "IRN")
                && !e.date().isBefore(LocalDate.of(2025, 6, 1))
                && !e.date().isAfter(LocalDate.of(2025, 9, 30)));
        waiting().until(d -> text("[data-test=timeline-result] p").startsWith(summer + " event(s) between IRN-USA"));
        assertThat(firstTick()).startsWith("2025-W22");
    }

    @Test
    void theNetworkDrawsTheMostActiveActorsAndAnActorsNeighbourhood() throws Exception {
        browser.get(base + "#/network");
        waiting().until(d -> !all(".net-node").isEmpty());
        assertThat(all(".net-node")).hasSize(30);
        assertThat(browser.findElement(By.cssSelector("[data-test=network-status]"))
                        .getText())
                .startsWith("Showing 30 of 250 actors");
        screenshot("network-scale");

        type(browser.findElement(By.name("top")), "10");
        type(browser.findElement(By.name("min_events")), "3");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waiting().until(d -> all(".net-node").size() == 10);

        // A click shows the actor's every tie, those below the cut too.
        browser.findElement(By.cssSelector(".net-node[data-actor=TUR]")).click();
        waiting().until(d -> !all(".net-node.selected[data-actor=TUR]").isEmpty());
        assertThat(all(".net-node")).hasSize(1 + partners("TUR").size());
        assertThat(partners("TUR").size()).isGreaterThan(10);

        WebElement search = browser.findElement(By.cssSelector("form[role=search] input[name=q]"));
        type(search, "Land of AB");
        browser.findElement(By.cssSelector("form[role=search] button[type=submit]"))
                .click();
        waiting().until(d -> !all(".net-node.selected[data-actor=QAB]").isEmpty());
        assertThat(all(".net-node")).hasSize(1 + partners("QAB").size());
        assertThat(browser.findElement(By.cssSelector("[data-test=network-status]"))
                        .getText())
                .startsWith("Showing QAB and " + partners("QAB").size() + " of its "
                        + partners("QAB").size() + " tie(s)");

        // An actor whose name is markup is found by it, and the markup never runs.
        String hostile = scale.actors().get(249).code();
        type(search, "Qzedia");
        browser.findElement(By.cssSelector("form[role=search] button[type=submit]"))
                .click();
        waiting()
                .until(d ->
                        !all(".net-node.selected[data-actor=" + hostile + "]").isEmpty());
        assertThat(all("#main img")).isEmpty();
        assertThat(script("return window.__pwned === undefined;")).isEqualTo(true);
    }

    @Test
    void theMapCountsEveryPlacedEventThatMatches() throws Exception {
        browser.get(base + "#/map");
        waiting().until(d -> !all("circle.marker.bin").isEmpty());
        long placed = count(e -> e.place() != null);
        assertThat(sumOfCircles()).isEqualTo(placed);
        assertThat(browser.findElement(By.cssSelector("[data-test=map-status]")).getText())
                .startsWith(n(placed) + " of " + n(scale.events().size()) + " matching event(s) have a place");
        assertThat(all("circle.marker.bin"))
                .anySatisfy(c -> assertThat(c.getAttribute("data-place")).isEqualTo(ScaleStore.HOSTILE_PLACE));
        screenshot("map-scale");

        type(browser.findElement(By.name("a")), "USA");
        type(browser.findElement(By.name("b")), "IRN");
        new Select(browser.findElement(By.name("quad"))).selectByValue("4");
        script("arguments[0].value = '2025-03-01';", browser.findElement(By.name("from")));
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        long matching = count(
                e -> between(e, "USA", "IRN") && e.quad() == 4 && !e.date().isBefore(LocalDate.of(2025, 3, 1)));
        long fights = count(e -> between(e, "USA", "IRN")
                && e.quad() == 4
                && !e.date().isBefore(LocalDate.of(2025, 3, 1))
                && e.place() != null);
        waiting().until(d -> text("[data-test=map-status]").startsWith(n(fights) + " of " + n(matching) + " matching"));
        assertThat(sumOfCircles()).isEqualTo(fights);
        assertThat(all("#main script")).isEmpty();
        assertThat(script("return window.__pwned === undefined;")).isEqualTo(true);
    }

    /** The x axis's first label, or "" while the chart is being drawn again. */
    private static String firstTick() {
        return text(".x-axis .tick text");
    }

    /** The text of the first element {@code css} finds, or "": read in one step, since the pages redraw. */
    private static String text(String css) {
        return (String) script("const e = document.querySelector(arguments[0]); return e ? e.textContent : '';", css);
    }

    private static long sumOfCircles() {
        return all("circle.marker.bin").stream()
                .mapToLong(c -> Long.parseLong(c.getAttribute("data-count")))
                .sum();
    }
}
