package org.dyad.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.format.ArticleReaderTest.single;
import static org.dyad.format.ArticleReaderTest.utf8;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReadingTest {

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    @Test
    void aNewsPageGivesExactlyItsThreeParagraphsOnePerLine() throws Exception {
        Article article = single(reader.read(copyOfNewsPage()));

        List<String> lines = article.text().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0))
                .startsWith("Around one week ago clashes erupted")
                .endsWith("al-Quds al-Arabi daily.");
        assertThat(lines.get(1))
                .isEqualTo("The fighting lasted for several hours and left a number of casualties "
                        + "on both sides, local sources said, adding that reinforcements were sent to the area from "
                        + "Damascus on Thursday evening.");
        assertThat(lines.get(2)).startsWith("Israel has immediately").endsWith("citing diplomats in Moscow.");
        assertThat(article.text())
                .doesNotContain(
                        "Leave a Reply",
                        "Share",
                        "Tweet",
                        "Politics",
                        "Subscribe",
                        "track(",
                        "dataLayer",
                        "Most read",
                        "Levant Daily",
                        "Post Comment",
                        "Staff Writer");
    }

    @Test
    void aNewsPageGivesItsTitleDateAddressPublisherAndLanguage() throws Exception {
        Article article = single(reader.read(copyOfNewsPage()));

        assertThat(article.title()).contains("Clashes erupt between rival forces in Hama");
        assertThat(article.published()).contains(LocalDate.of(2019, 5, 13));
        assertThat(article.url()).contains("https://levant-daily.example/2019/05/13/hama-clashes");
        assertThat(article.publisher()).contains("Levant Daily");
        assertThat(article.language()).contains("en");
        assertThat(article.id()).matches("a-[0-9a-f]{16}");
    }

    @Test
    void thePageDateWinsOverTheDefault() throws Exception {
        ArticleReader dated = new ArticleReader(Optional.of(LocalDate.of(2000, 1, 1)));

        assertThat(single(dated.read(copyOfNewsPage())).published()).contains(LocalDate.of(2019, 5, 13));
        assertThat(single(dated.read("-", utf8("<p>Undated page.</p>"), Format.HTML))
                        .published())
                .contains(LocalDate.of(2000, 1, 1));
    }

    @Test
    void aTinyPageKeepsItsTextButNotItsClutter() {
        String page = "<html><head><title>Brief</title></head><body>"
                + "<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
                + "<div class='post'><p>Iran  and\n Russia&nbsp;clashed.</p><p>Israel sided with Russia.</p></div>"
                + "<div class='share-buttons'>Share on X</div>"
                + "<ol class='commentList'><li>Great article!</li></ol>"
                + "<footer>(c) 2019</footer></body></html>";

        Article article = single(reader.read("tiny.html", utf8(page)));

        assertThat(article.text()).isEqualTo("Iran and Russia clashed.\nIsrael sided with Russia.");
        assertThat(article.title()).contains("Brief");
    }

    @Test
    void inlineTagsAndLooseTextDoNotBreakTheParagraph() {
        String page = "<body><div class='story'>Hama, <b>Syria</b> &mdash; <a href='#'>clashes</a> erupted."
                + "<p>Iran denied it.</p></div></body>";

        Article article = single(reader.read("-", utf8(page), Format.HTML));

        assertThat(article.text()).isEqualTo("Hama, Syria — clashes erupted.\nIran denied it.");
    }

    @Test
    void aPageWithNoTextIsEmpty() {
        String page = "<html><head><script>var a = 1;</script></head><body><nav>Home</nav>"
                + "<script>document.write('x')</script><div class='comments'>First!</div></body></html>";

        ReadResult result = reader.read("empty.html", utf8(page));

        assertThat(result.articles()).isEmpty();
        assertThat(result.diagnostics())
                .extracting(Object::toString)
                .containsExactly("empty.html: empty text (no readable text in the HTML)");
    }

    @Test
    void oddHtmlNeverThrows() {
        List<String> pages = List.of(
                "",
                "<",
                "<html",
                "<p>",
                "</p></div></body>",
                "<table><tr><td><table><td>x",
                "<p>unclosed <b>bold <i>both</p> after",
                "<body>" + "<div>".repeat(1000) + "deep" + "</div>".repeat(1000),
                "<svg><p>inside svg</p></svg>",
                "<![CDATA[x]]><!-- comment --><p>after</p>",
                "<p>" + "word ".repeat(20000) + "</p>",
                "<frameset><frame src='x'></frameset>");

        for (String page : pages) {
            ReadResult result = reader.read("odd.html", utf8(page));
            assertThat(result.articles().size() + result.diagnostics().size())
                    .as(page)
                    .isEqualTo(1);
        }
    }

    private Path copyOfNewsPage() throws Exception {
        Path page = dir.resolve("hama-clashes.html");
        try (InputStream in = getClass().getResourceAsStream("news-page.html")) {
            Files.copy(in, page);
        }
        return page;
    }
}
