package org.dyad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.dyad.serve.SyntheticStore.Actor;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The timeline page with other sources ticked beside dyad's own, in headless Chromium, no NLP
 * models: RUS-UKR over twenty weeks of dyad's events and two imported datasets (made up from a
 * fixed seed, one reaching two weeks further back), plus a source whose name is markup.
 * Screenshots go to target/screenshots.
 */
class DashboardSourcesIT {
    @TempDir
    static Path dir;

    private static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);
    private static final int WEEKS = 20;
    private static final String HOSTILE = "<img src=x onerror=window.__pwned=1>";
    private static final Path SHOTS = Path.of("target", "screenshots");

    private static final List<LocalDate> icews = new ArrayList<>();
    private static LocalDate lastOwn = MONDAY;
    private static final List<LocalDate> gdelt = new ArrayList<>();
    private static DyadServer server;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        Random random = new Random(20240101L);
        Actor rus = Actor.of("RUS", "Russia");
        Actor ukr = Actor.of("UKR", "Ukraine");
        List<Event> own = new ArrayList<>();
        ImportedRows icewsRows = new ImportedRows("icews");
        ImportedRows gdeltRows = new ImportedRows("gdelt");
        for (int week = -2; week < WEEKS; week++) {
            // Cooperation, a war in weeks 8-11, then an uneasy truce.
            boolean war = week >= 8 && week <= 11;
            int quad = war ? 4 : week > 11 ? 3 : 1;
            double weight = war ? -9 : week > 11 ? -2 : 3;
            for (int i = 0; week >= 0 && i < (war ? 7 : 2) + random.nextInt(3); i++) {
                LocalDate day = MONDAY.plusWeeks(week).plusDays(i % 7);
                own.add(new Event(
                        own.size(),
                        day,
                        rus,
                        ukr,
                        quad == 4 ? "190" : "042",
                        quad,
                        jitter(random, weight),
                        "made up",
                        null));
                lastOwn = day.isAfter(lastOwn) ? day : lastOwn;
            }
            for (int i = 0; i < (war ? 10 : 3) + random.nextInt(4); i++) {
                LocalDate day = MONDAY.plusWeeks(week).plusDays(random.nextInt(7));
                icewsRows.add(day.toString(), "RUS", "RUS", "UKR", "UKR", quad, jitter(random, weight));
                icews.add(day);
            }
            for (int i = 0; week >= 0 && i < (war ? 12 : 5) + random.nextInt(5); i++) {
                LocalDate day = MONDAY.plusWeeks(week).plusDays(random.nextInt(7));
                // GDELT reads the truce as calmer than it is: half its events there are cooperation.
                int q = week > 11 && i % 2 == 0 ? 1 : quad;
                gdeltRows.add(day.toString(), "UKR", "UKR", "RUS", "RUS", q, jitter(random, q == 1 ? 2.5 : weight));
                gdelt.add(day);
            }
        }
        Path db = SyntheticStore.write(dir, "sources.duckdb", own);
        try (EventStore store = EventStore.open(db)) {
            icewsRows.writeTo(store);
            gdeltRows.writeTo(store);
        }
        server = serve(db);
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0) + "/";
        browser = Chromium.start(dir);
        browser.manage().window().setSize(new Dimension(1280, 1250));
        Files.createDirectories(SHOTS);
    }

    /** A weight a little off {@code weight}, within the scale: events of one kind differ. */
    private static double jitter(Random random, double weight) {
        return Math.max(-10, Math.min(10, weight + (random.nextInt(5) - 2) * 0.5));
    }

    private static DyadServer serve(Path db) throws Exception {
        return new DyadServer(
                EventStore.openReadOnly(db),
                () -> {
                    throw new ApiError(503, "no NLP models in this test");
                },
                false,
                (p, a, s) -> "unused",
                new PrintWriter(System.err, true));
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

    private static Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    /** The number of elements {@code css} finds inside the chart group of source {@code name}. */
    private static long inSource(String name, String css) {
        return (Long) script(
                "const g = [...document.querySelectorAll('g.source')].find((x) => x.dataset.source === arguments[0]);"
                        + " return g ? g.querySelectorAll(arguments[1]).length : -1;",
                name,
                css);
    }

    private static void tick(String name) {
        script(
                "[...document.querySelectorAll('input[name=source]')].find((i) => i.value === arguments[0]).click();",
                name);
    }

    private static String text(String css) {
        return (String) script("const e = document.querySelector(arguments[0]); return e ? e.textContent : '';", css);
    }

    /** The weeks (by their Monday) in which {@code days} has an event within the shown range. */
    private static long weeks(List<LocalDate> days, Predicate<LocalDate> shown) {
        return days.stream()
                .filter(shown)
                .map(d -> d.with(DayOfWeek.MONDAY))
                .distinct()
                .count();
    }

    @Test
    void tickingSourcesDrawsTheirLinesWithALegendAndAddsTheirColumns() throws Exception {
        browser.get(base + "#/timeline?a=RUS&b=UKR");
        waiting().until(d -> !d.findElements(By.cssSelector("circle.tl-point")).isEmpty());
        List<WebElement> boxes = browser.findElements(By.cssSelector("[data-test=source-picker] input[name=source]"));
        assertThat(boxes).extracting(b -> b.getAttribute("value")).containsExactly("gdelt", "icews");
        assertThat(text("[data-test=source-picker]")).contains("icews (" + icews.size() + " events");
        assertThat(browser.findElements(By.cssSelector("g.source"))).isEmpty();

        tick("icews");
        waiting().until(d -> inSource("icews", "path.source-line") == 1);
        // The page opens on dyad's own span, its first event to its last: icews's two earlier weeks are left out.
        Predicate<LocalDate> shown = d -> !d.isBefore(MONDAY) && !d.isAfter(lastOwn);
        long icewsShown = icews.stream().filter(shown).count();
        assertThat(inSource("icews", "circle.source-point")).isEqualTo(weeks(icews, shown));
        assertThat(inSource("icews", "path.source-goldstein")).isEqualTo(1);
        assertThat(text("[data-test=source-legend]")).contains("icews");
        assertThat(text("[data-test=source-coverage]"))
                .contains("icews: " + icewsShown + " of the pair's " + icews.size() + " event(s)");
        assertThat(text("[data-test=timeline-table] thead")).contains("icews events", "icews mean Goldstein");
        assertThat(browser.getCurrentUrl()).contains("sources=icews");

        tick("gdelt");
        waiting().until(d -> inSource("gdelt", "path.source-line") == 1);
        assertThat(inSource("icews", "path.source-line")).isEqualTo(1);
        assertThat(inSource("gdelt", "circle.source-point")).isEqualTo(weeks(gdelt, shown));
        assertThat(browser.findElements(By.cssSelector("[data-test=source-legend] [data-source]")))
                .extracting(WebElement::getText)
                .containsExactly("gdelt", "icews");
        // Twenty weeks, each with events of every source: one table row a week.
        assertThat(browser.findElements(By.cssSelector("[data-test=timeline-table] tbody tr")))
                .hasSize(WEEKS);
        script("window.scrollTo(0, 0);");
        Files.write(
                SHOTS.resolve("timeline-sources.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        // The link keeps the sources: opened afresh, both are ticked and drawn.
        browser.get(base + "#/overview");
        browser.get(base + "#/timeline?a=RUS&b=UKR&sources=icews,gdelt");
        waiting().until(d -> inSource("gdelt", "path.source-line") == 1 && inSource("icews", "path.source-line") == 1);
        assertThat(browser.findElements(By.cssSelector("input[name=source]:checked")))
                .hasSize(2);
    }

    @Test
    void aSourceNamedWithMarkupShowsAsTextAndRunsNothing() throws Exception {
        // 'dyad import' takes no such name, but a store is a file anyone can write.
        Actor rus = Actor.of("RUS", "Russia");
        Actor ukr = Actor.of("UKR", "Ukraine");
        Path db = SyntheticStore.write(
                dir, "hostile.duckdb", List.of(new Event(0, MONDAY, rus, ukr, "042", 1, 3, "made up", null)));
        try (EventStore store = EventStore.open(db)) {
            new ImportedRows(HOSTILE)
                    .add(MONDAY.plusWeeks(1).toString(), "RUS", "RUS", "UKR", "UKR", 1, 1)
                    .writeTo(store);
        }
        try (DyadServer hostile = serve(db)) {
            String url = "http://127.0.0.1:" + hostile.start("127.0.0.1", 0) + "/";
            browser.get(url + "#/timeline?a=RUS&b=UKR&span=all");
            waiting()
                    .until(d -> !d.findElements(By.cssSelector("input[name=source]"))
                            .isEmpty());
            tick(HOSTILE);
            waiting().until(d -> inSource(HOSTILE, "path.source-line") == 1);
            assertThat(text("[data-test=source-legend]")).contains(HOSTILE);
            assertThat(text("[data-test=timeline-table] thead")).contains(HOSTILE + " events");
            assertThat(browser.findElements(By.cssSelector("#main img"))).isEmpty();
            assertThat(script("return window.__pwned === undefined;")).isEqualTo(true);
        }
    }
}
