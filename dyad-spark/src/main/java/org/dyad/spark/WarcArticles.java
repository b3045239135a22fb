package org.dyad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.dyad.format.ArticleJsonWriter;
import org.dyad.format.ArticleReader;
import org.dyad.format.Format;
import org.dyad.model.Article;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import scala.Tuple2;

/**
 * Turns WARC files (plain or gzipped, as {@code binaryFiles} hands them over) into article JSON
 * lines: every successful HTML response becomes one article through dyad's own HTML extraction,
 * with the captured URL when the page does not name its own. Requests, metadata, redirects and
 * other media types are passed over. The records of a file are read one at a time, so a large
 * WARC is never held in memory.
 */
public final class WarcArticles implements FlatMapFunction<Tuple2<String, PortableDataStream>, String> {
    private static final long serialVersionUID = 1L;

    /** ISO date for pages without one, or null: {@code Optional} is not serialisable. */
    private final String defaultPublished;

    public WarcArticles(Optional<LocalDate> defaultPublished) {
        this.defaultPublished = defaultPublished.map(LocalDate::toString).orElse(null);
    }

    @Override
    public Iterator<String> call(Tuple2<String, PortableDataStream> file) throws IOException {
        InputStream in = file._2().open();
        Stream<String> lines = articleLines(in, reader());
        TaskContext task = TaskContext.get();
        if (task != null) {
            // The stream is read after this method returns; the task's end is the first moment it may close.
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) t -> lines.close());
        }
        return lines.iterator();
    }

    private ArticleReader reader() {
        return new ArticleReader(Optional.ofNullable(defaultPublished).map(LocalDate::parse));
    }

    /** The article lines of the WARC file read from {@code in}; closing the stream closes {@code in}. */
    public static Stream<String> articleLines(InputStream in, ArticleReader reader) throws IOException {
        WarcReader warc = new WarcReader(in);
        return warc.records()
                .flatMap(record -> article(record, reader).stream())
                .map(ArticleJsonWriter::toJson)
                .onClose(() -> {
                    try {
                        warc.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static Optional<Article> article(WarcRecord record, ArticleReader reader) {
        if (!(record instanceof WarcResponse response)) {
            return Optional.empty();
        }
        try {
            if (!isHtml(response.payloadType())) {
                return Optional.empty();
            }
            HttpResponse http = response.http();
            if (http.status() != 200) {
                return Optional.empty();
            }
            String url = response.target();
            // The page's URL is its name: HTML extraction takes the name as the base for relative links.
            return reader.read(url, http.bodyDecoded().stream(), Format.HTML).articles().stream()
                    .findFirst()
                    .map(a -> a.url().isPresent() ? a : withUrl(a, url));
        } catch (IOException e) {
            // A truncated or malformed record costs that page only, as a bad line costs one article.
            return Optional.empty();
        }
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString();
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static Article withUrl(Article a, String url) {
        return new Article(
                a.id(), a.text(), a.published(), Optional.of(url), a.publisher(), a.title(), a.language(), a.origin());
    }
}
