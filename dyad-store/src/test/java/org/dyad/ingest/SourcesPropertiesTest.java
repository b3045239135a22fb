package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.dyad.format.ArticleReader;
import org.dyad.format.ReadResult;
import org.dyad.model.Article;

/**
 * The feed and WARC readers on arbitrary bytes and on damaged copies of good files: nothing
 * throws, and every problem is one line naming the file.
 */
class SourcesPropertiesTest {
    private static final String FEED = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
            + "<item><title>Talks</title><link>https://a.example/1</link><pubDate>Tue, 14 May 2019 09:30:00 GMT</pubDate>"
            + "<description>&lt;p&gt;Officials met in Paris.&lt;/p&gt;</description></item>"
            + "<item><title>Strike</title><link>https://a.example/2</link>"
            + "<description>Turkish drones struck a convoy.</description></item></channel></rss>";
    private static final byte[] CRAWL = crawl();

    private final ArticleReader reader = new ArticleReader();

    @Property(tries = 300)
    void feedsOfArbitraryBytesGiveArticlesOrOneLine(@ForAll @Size(max = 2000) byte[] bytes) {
        assertWellFormed("in.rss", new FeedArticles(reader).read("in.rss", bytes));
    }

    @Property(tries = 300)
    void damagedFeedsGiveArticlesOrOneLine(@ForAll("damage") Damage damage) {
        assertWellFormed("in.rss", new FeedArticles(reader).read("in.rss", damage.apply(FEED.getBytes(StandardCharsets.UTF_8))));
    }

    @Property(tries = 200)
    void warcFilesOfArbitraryBytesGiveArticlesOrOneLine(@ForAll @Size(max = 2000) byte[] bytes) throws IOException {
        assertWellFormed("in.warc", readWarc(bytes));
    }

    @Property(tries = 300)
    void damagedWarcFilesGiveArticlesOrOneLine(@ForAll("damage") Damage damage) throws IOException {
        assertWellFormed("in.warc", readWarc(damage.apply(CRAWL)));
    }

    /** Bytes cut at {@code cut} (a share of the length) with {@code flips} bytes overwritten. */
    record Damage(double cut, List<Integer> positions, List<Byte> values) {
        byte[] apply(byte[] good) {
            byte[] out = Arrays.copyOf(good, (int) Math.round(good.length * cut));
            for (int i = 0; i < Math.min(positions.size(), values.size()); i++) {
                if (out.length > 0) {
                    out[positions.get(i) % out.length] = values.get(i);
                }
            }
            return out;
        }
    }

    @Provide
    Arbitrary<Damage> damage() {
        return net.jqwik.api.Combinators.combine(Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 100_000).list().ofMaxSize(4),
                Arbitraries.bytes().list().ofMaxSize(4)).as(Damage::new);
    }

    private ReadResult readWarc(byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("warc");
        Path file = Files.write(dir.resolve("in.warc"), bytes);
        try {
            return new WarcArticles(reader, ArticleReader.DEFAULT_MAX_BYTES).read(file);
        } finally {
            Files.delete(file);
            Files.delete(dir);
        }
    }

    private static void assertWellFormed(String name, ReadResult read) {
        read.diagnostics().forEach(d -> {
            assertThat(d.where()).contains(name);
            assertThat(d.toString()).doesNotContain("\n", "\r");
        });
        for (Article a : read.articles()) {
            assertThat(a.text()).isNotBlank();
        }
        assertThat(read.articles().size() + read.diagnostics().size()).as("something is said").isPositive();
    }

    private static byte[] crawl() {
        try {
            return WarcBytes.concat(WarcBytes.response("https://a.example/talks", "Iranian and Iraqi ministers met in Baghdad."),
                    WarcBytes.response("https://b.example/strike", "Turkish drones struck a convoy near Qamishli."));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
