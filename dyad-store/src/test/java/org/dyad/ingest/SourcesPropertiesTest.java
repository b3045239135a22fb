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
import org.dyad.testing.OneLineAssert;

/**
 * The feed and WARC readers on arbitrary bytes and on damaged copies of good files, some with a
 * line break, control or bidirectional control put in: nothing throws, and every problem is one
 * line naming the file.
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
        assertWellFormed(
                "in.rss", new FeedArticles(reader).read("in.rss", damage.apply(FEED.getBytes(StandardCharsets.UTF_8))));
    }

    @Property(tries = 200)
    void warcFilesOfArbitraryBytesGiveArticlesOrOneLine(@ForAll @Size(max = 2000) byte[] bytes) throws IOException {
        assertWellFormed("in.warc", readWarc(bytes));
    }

    @Property(tries = 300)
    void damagedWarcFilesGiveArticlesOrOneLine(@ForAll("damage") Damage damage) throws IOException {
        assertWellFormed("in.warc", readWarc(damage.apply(CRAWL)));
    }

    @Property(tries = 100)
    void aWarcTargetHoldingALineBreakerIsNamedOnOneLine(@ForAll("breakers") String breaker) throws IOException {
        String target = "https://a.example/empty";
        String warc = new String(WarcBytes.response(target, "Iraqi ministers met."), StandardCharsets.ISO_8859_1);
        // The header is outside the record's Content-Length, so the URI can grow without damaging the record.
        String header = "WARC-Target-URI: " + target;
        byte[] bytes = warc.replace(
                        header,
                        header + new String(breaker.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)
                                + "x")
                .getBytes(StandardCharsets.ISO_8859_1);

        ReadResult read = readWarc(bytes, 10);

        assertWellFormed("in.warc", read);
        assertThat(read.diagnostics()).as("the page over the limit is named").isNotEmpty();
    }

    @Provide
    Arbitrary<String> breakers() {
        return Arbitraries.of(OneLineAssert.BREAKERS);
    }

    /**
     * Bytes with {@code inserted} put in at {@code at} (a share of the length), cut at {@code cut}
     * (a share of the new length), with some bytes overwritten: {@code values} at {@code positions}.
     */
    record Damage(double at, String inserted, double cut, List<Integer> positions, List<Byte> values) {
        byte[] apply(byte[] good) {
            int split = (int) Math.round(good.length * at);
            byte[] put = inserted.getBytes(StandardCharsets.UTF_8);
            byte[] longer = WarcBytes.concat(
                    WarcBytes.concat(Arrays.copyOf(good, split), put), Arrays.copyOfRange(good, split, good.length));
            byte[] out = Arrays.copyOf(longer, (int) Math.round(longer.length * cut));
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
        return net.jqwik.api.Combinators.combine(
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.of(OneLineAssert.BREAKERS)),
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(0, 100_000).list().ofMaxSize(4),
                        Arbitraries.bytes().list().ofMaxSize(4))
                .as(Damage::new);
    }

    private ReadResult readWarc(byte[] bytes) throws IOException {
        return readWarc(bytes, ArticleReader.DEFAULT_MAX_BYTES);
    }

    private ReadResult readWarc(byte[] bytes, long maxBytes) throws IOException {
        Path dir = Files.createTempDirectory("warc");
        Path file = Files.write(dir.resolve("in.warc"), bytes);
        try {
            return new WarcArticles(reader, maxBytes).read(file);
        } finally {
            Files.delete(file);
            Files.delete(dir);
        }
    }

    private static void assertWellFormed(String name, ReadResult read) {
        read.diagnostics().forEach(d -> {
            assertThat(d.where()).contains(name);
            OneLineAssert.assertOneLine(d.toString(), name);
        });
        for (Article a : read.articles()) {
            assertThat(a.text()).isNotBlank();
        }
        assertThat(read.articles().size() + read.diagnostics().size())
                .as("something is said")
                .isPositive();
    }

    private static byte[] crawl() {
        try {
            return WarcBytes.concat(
                    WarcBytes.response("https://a.example/talks", "Iranian and Iraqi ministers met in Baghdad."),
                    WarcBytes.response("https://b.example/strike", "Turkish drones struck a convoy near Qamishli."));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
