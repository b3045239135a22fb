package org.dyad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.format.EventJsonWriter;
import org.dyad.ingest.ArticleSources;
import org.dyad.ingest.Ingest;
import org.dyad.model.Article;
import org.dyad.model.QualifiedArticle;
import org.dyad.nlp.corenlp.ArabicAnnotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.LanguagePipelines;
import org.dyad.stage.StageTimes;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * The dashboard in a real browser (Debian's headless Chromium through chromedriver) over a
 * store coded here from the seed article and a few VOA stories, with the real models: loaded
 * once, for the store and for the server's "Code an article". Screenshots go to
 * target/screenshots for review.
 */
class DashboardIT {
    @TempDir
    static Path dir;

    private static final String ARABIC =
            "قال مسؤولون يوم الاثنين إن الأزمة مستمرة.\n" + "واتهمت إيران الولايات المتحدة بدعم الإرهاب.\n";

    private static DyadPipeline pipeline;
    private static DyadServer server;
    private static ChromeDriver browser;
    private static String base;
    private static final Path SHOTS = Path.of("target", "screenshots");

    @BeforeAll
    static void start() throws Exception {
        pipeline = DyadPipeline.withBundledData(new CoreNlpAnnotator())
                .coding(
                        "ar",
                        () -> LanguagePipelines.build(
                                LanguagePipelines.ARABIC, new ArabicAnnotator(), true, new StageTimes()));
        Path db = dir.resolve("store.duckdb");
        try (EventStore store = EventStore.open(db)) {
            List<Article> articles = new ArrayList<>();
            String seed = TestStore.resource("it/russia-iran-syria.txt");
            articles.add(new Article(
                    "seed",
                    seed,
                    Optional.of(LocalDate.of(2019, 5, 13)),
                    Optional.empty(),
                    Optional.of("Iran Focus"),
                    Optional.of("Russia and Iran in Syria"),
                    Optional.empty(),
                    "seed"));
            Path voa = dir.resolve("voa.jsonl");
            Files.writeString(
                    voa,
                    String.join(
                            "\n",
                            TestStore.resource("ingest/voa-30.jsonl")
                                    .lines()
                                    .limit(6)
                                    .toList()));
            articles.addAll(new ArticleSources("dyad-test", Duration.ofSeconds(5), Duration.ZERO)
                    .read(voa.toString())
                    .articles());
            // An Arabic story, written for the tests: its evidence must read right to left.
            articles.add(new Article(
                    "ar1",
                    ARABIC,
                    Optional.of(LocalDate.of(2019, 5, 13)),
                    Optional.empty(),
                    Optional.of("dyad tests"),
                    Optional.of("Iran accuses the United States"),
                    Optional.of("ar"),
                    "ar1"));
            new Ingest(store, () -> (article, context) -> json(pipeline.code(article, context)), 2)
                    .run(articles, 0.8, (r, n) -> {});
        }
        server = new DyadServer(
                EventStore.openReadOnly(db),
                () -> pipeline,
                false,
                (p, a, s) -> "explained",
                new PrintWriter(System.err, true));
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0) + "/";
        browser = Chromium.start(dir);
        Files.createDirectories(SHOTS);
    }

    private static List<String> json(QualifiedArticle coded) {
        return EventJsonWriter.toJsonLines(coded.events(), coded.article().text());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    private static WebDriverWait waiting(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private static WebElement visible(String css, int seconds) {
        return waiting(seconds).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static void screenshot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static void open(String hash) {
        browser.get(base + hash);
    }

    @Test
    void theOverviewShowsWhatTheStoreHolds() throws Exception {
        open("#/overview");
        WebElement counts = visible("[data-test=counts]", 20);
        assertThat(counts.getText())
                .startsWith("8\narticles")
                .contains("events")
                .containsPattern("\\d{4}-\\d\\d-\\d\\d – \\d{4}");
        assertThat(browser.findElements(By.cssSelector("[data-test=top-dyads] tbody tr")))
                .isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("[data-test=top-actors]")).getText())
                .contains("RUS");
        screenshot("overview");
    }

    @Test
    void arabicEvidenceReadsRightToLeftWithItsTriggerMarked() throws Exception {
        open("#/events?source=IRN&code=112");
        visible("a.evidence-link", 20);
        browser.findElements(By.cssSelector("[data-test=events] tbody tr")).stream()
                .filter(row -> row.getText().contains("اتهمت"))
                .findFirst()
                .orElseThrow()
                .findElement(By.cssSelector("a.evidence-link"))
                .click();
        WebElement sentence = visible("[data-test=evidence-sentence]", 20);
        assertThat(sentence.getAttribute("dir")).isEqualTo("auto");
        // The browser resolves "auto" from the sentence's first strong letter: Arabic, so right to left.
        assertThat(browser.executeScript("return getComputedStyle(arguments[0]).direction", sentence))
                .isEqualTo("rtl");
        assertThat(sentence.findElement(By.cssSelector(".mark-trigger")).getText())
                .isEqualTo("واتهمت");
        assertThat(sentence.findElement(By.cssSelector(".mark-source")).getText())
                .isEqualTo("إيران");
        assertThat(browser.findElement(By.cssSelector("dl.facts")).getText()).contains("ar (input)");
        screenshot("evidence-arabic");

        browser.findElement(By.cssSelector("[data-test=article-link]")).click();
        WebElement text = visible("[data-test=article-text]", 20);
        assertThat(browser.executeScript("return getComputedStyle(arguments[0]).direction", text))
                .isEqualTo("rtl");
        screenshot("article-arabic");
    }

    @Test
    void pickingRussiaAndIranDrawsTheirTimeline() throws Exception {
        open("#/timeline");
        WebElement a = visible("input[name=a]", 20);
        WebElement b = browser.findElement(By.cssSelector("input[name=b]"));
        a.clear();
        a.sendKeys("RUS");
        b.clear();
        b.sendKeys("IRN");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waiting(20)
                .until(d -> !d.findElements(By.cssSelector("circle.tl-point")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("[data-test=timeline-result]"))
                        .getText())
                .contains("IRN-RUS");
        assertThat(browser.findElements(By.cssSelector("circle.tl-point")).size())
                .isPositive();
        screenshot("timeline");
    }

    @Test
    void anEventsEvidenceHighlightsItsSentenceAndNamesItsSources() throws Exception {
        open("#/events?source=SYRMIL&code=190");
        visible("a.evidence-link", 20);
        // The clashes that resumed in Hama, as Turkey's news agency reported them.
        browser.findElements(By.cssSelector("[data-test=events] tbody tr")).stream()
                .filter(row -> row.getText().contains("Clashes resumed"))
                .findFirst()
                .orElseThrow()
                .findElement(By.cssSelector("a.evidence-link"))
                .click();
        WebElement sentence = visible("[data-test=evidence-sentence]", 20);
        assertThat(sentence.findElement(By.cssSelector(".mark-trigger")).getText())
                .isEqualTo("Clashes resumed");
        assertThat(sentence.findElements(By.cssSelector(".mark-source"))).isNotEmpty();
        assertThat(sentence.findElements(By.cssSelector(".mark-place"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("[data-test=attribution]"))
                        .getText())
                .contains("news agency")
                .contains("various sources");
        assertThat(browser.findElement(By.cssSelector("[data-test=rule]")).getText())
                .isNotBlank();
        assertThat(browser.findElement(By.cssSelector("dl.facts")).getText())
                .contains("PLOVER")
                .contains("ASSAULT")
                .contains("Hama")
                .doesNotContain("[object");
        screenshot("evidence");

        browser.findElement(By.cssSelector("[data-test=article-link]")).click();
        WebElement text = visible("[data-test=article-text]", 20);
        assertThat(text.findElements(By.cssSelector(".mark-trigger")).size()).isGreaterThan(5);
        screenshot("article");
    }

    @Test
    void theMapHasAMarkerNearHama() throws Exception {
        open("#/map");
        waiting(30).until(d -> !d.findElements(By.cssSelector("circle.marker")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("path.map-land")).size()).isGreaterThan(100);
        boolean nearHama = browser.findElements(By.cssSelector("circle.marker")).stream()
                .anyMatch(m -> Math.abs(Double.parseDouble(m.getAttribute("data-lat")) - 35.1) < 0.6
                        && Math.abs(Double.parseDouble(m.getAttribute("data-lon")) - 36.75) < 0.8);
        assertThat(nearHama).as("a marker within about 60 km of Hama").isTrue();
        screenshot("map");
    }

    @Test
    void thePastedSeedArticleGivesTheClashes() throws Exception {
        open("#/code");
        WebElement area = visible("#code-text", 20);
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1];", area, TestStore.resource("it/russia-iran-syria.txt"));
        WebElement date = browser.findElement(By.cssSelector("input[name=published]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2019-05-13';", date);
        browser.findElement(By.cssSelector("#main form button[type=submit]")).click();
        visible("[data-test=coded]", 180);
        List<WebElement> cards = browser.findElements(By.cssSelector("[data-test=event-card]"));
        assertThat(cards).anySatisfy(c -> {
            assertThat(c.getAttribute("data-cameo")).startsWith("19");
            assertThat(c.findElement(By.cssSelector(".mark-trigger")).getText()).containsIgnoringCase("clashes");
        });
        screenshot("code");
    }

    @Test
    void markupInAnArticleShowsAsTextAndNeverRuns() throws Exception {
        String hostile =
                "Russia <script>window.__pwned = 1;</script> accused Iran of <img src=x onerror=\"window.__pwned = 2\">"
                        + " lying on Monday, officials in Moscow said. <b onmouseover=\"window.__pwned = 3\">bold</b>";
        open("#/code");
        WebElement area = visible("#code-text", 20);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", area, hostile);
        browser.findElement(By.cssSelector("#main form button[type=submit]")).click();
        WebElement text = visible("#code-result [data-test=article-text]", 180);
        assertThat(text.getText())
                .contains("<script>window.__pwned = 1;</script>")
                .contains("<img src=x onerror=");
        assertThat(browser.findElements(By.cssSelector("#code-result img, #code-result script, #code-result b")))
                .isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined;"))
                .isEqualTo(true);
    }

    @Test
    void codingAnArticleAnswersInTheDocumentsShape() throws Exception {
        OpenApiChecker openApi = new OpenApiChecker(get("openapi.json"));
        String body = new ObjectMapper()
                .createObjectNode()
                .put("text", "Russian forces clashed with Ukrainian troops near Kharkiv on Tuesday, officials said.")
                .put("published", "2022-05-13")
                .toString();
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "api/v1/code"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode answer = new ObjectMapper().readTree(r.body());
        assertThat(openApi.check("POST", "/api/v1/code", 200, answer)).isEmpty();
        assertThat(answer.path("events").size()).isPositive();
    }

    private static String get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
