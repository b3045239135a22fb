package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.dyad.format.ReadResult;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedArticlesTest {
    @TempDir
    Path dir;

    private final ArticleSources sources = new ArticleSources("dyad-test", Duration.ofSeconds(5), Duration.ZERO);

    @Test
    void rssItemsBecomeArticlesWithTheirLinkDateAndTheFeedAsPublisher() throws Exception {
        Path feed = Files.writeString(dir.resolve("news.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>Example News</title><link>https://news.example/</link><description>d</description>
                <item><title>Talks in Geneva</title><link>https://news.example/talks</link>
                  <pubDate>Mon, 13 May 2019 10:00:00 GMT</pubDate>
                  <description>Short summary.</description>
                  <content:encoded><![CDATA[<p>Russian and Turkish officials met in Geneva on Monday.</p>
                  <p>They agreed to meet again next week.</p>]]></content:encoded></item>
                <item><title>Strike</title><link>https://news.example/strike</link>
                  <description>&lt;p&gt;Israeli jets struck targets near Damascus.&lt;/p&gt;</description></item>
                </channel></rss>""");
        ReadResult r = sources.read(feed.toString());
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.articles()).hasSize(2);
        Article talks = r.articles().get(0);
        assertThat(talks.text())
                .isEqualTo("Russian and Turkish officials met in Geneva on Monday.\n"
                        + "They agreed to meet again next week.");
        assertThat(talks.url()).contains("https://news.example/talks");
        assertThat(talks.title()).contains("Talks in Geneva");
        assertThat(talks.publisher()).contains("Example News");
        assertThat(talks.published()).contains(LocalDate.of(2019, 5, 13));
        assertThat(r.articles().get(1).text()).isEqualTo("Israeli jets struck targets near Damascus.");
    }

    @Test
    void atomEntriesAreReadToo() throws Exception {
        Path feed = Files.writeString(dir.resolve("news.atom"), """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:x</id>
                <updated>2019-05-14T00:00:00Z</updated>
                <entry><title>Protest in Tehran</title><link href="https://atom.example/p"/><id>urn:1</id>
                  <updated>2019-05-14T08:00:00Z</updated>
                  <content type="html">&lt;p&gt;Students protested in Tehran on Tuesday.&lt;/p&gt;</content></entry>
                </feed>""");
        ReadResult r = sources.read(feed.toString());
        assertThat(r.articles()).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("Students protested in Tehran on Tuesday.");
            assertThat(a.url()).contains("https://atom.example/p");
            assertThat(a.publisher()).contains("Atom Wire");
            assertThat(a.published()).contains(LocalDate.of(2019, 5, 14));
        });
    }

    @Test
    void anExternalEntityIsNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
        Path feed = Files.writeString(dir.resolve("evil.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "%s"> ]>
                <rss version="2.0"><channel><title>Evil</title><link>https://evil.example/</link><description>d</description>
                <item><title>Leak &xxe;</title><link>https://evil.example/1</link>
                <description>&lt;p&gt;Officials met in Paris. &amp;xxe;&lt;/p&gt; &xxe;</description></item>
                </channel></rss>""".formatted(secret.toUri()));
        ReadResult r = sources.read(feed.toString());
        // The feed is read (a DOCTYPE alone is no reason to refuse it), the entity left out.
        assertThat(r.articles())
                .singleElement()
                .satisfies(a -> assertThat(a.text()).startsWith("Officials met in Paris."));
        for (Article a : r.articles()) {
            assertThat(a.text() + a.title().orElse("")).doesNotContain("TOP-SECRET");
        }
        r.diagnostics().forEach(d -> assertThat(d.toString()).doesNotContain("TOP-SECRET"));
    }

    @Test
    void aBrokenFeedIsOneLineAndLosesNothingElse() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.rss"), "<rss><channel><item><title>cut here");
        ReadResult r = sources.read(broken.toString());
        assertThat(r.articles()).isEmpty();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.toString()).startsWith(broken + ": not a readable RSS or Atom feed");
            assertThat(d.toString()).doesNotContain("\n");
        });
    }

    @Test
    void aFeedFileIsNotMistakenForArticlesByItsBytes() {
        assertThat(ArticleSources.kind("x.rss")).isEqualTo(ArticleSources.Kind.FEED);
        assertThat(ArticleSources.kind("x.warc.gz")).isEqualTo(ArticleSources.Kind.WARC);
        assertThat(ArticleSources.kind("x.jsonl.gz")).isEqualTo(ArticleSources.Kind.ARTICLE);
        assertThat(ArticleSources.kind("x.png")).isEqualTo(ArticleSources.Kind.OTHER);
    }
}
