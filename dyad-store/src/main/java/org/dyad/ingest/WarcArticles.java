package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.dyad.format.ArticleReader;
import org.dyad.format.ReadResult;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the articles in a WARC file (plain or gzipped, as news crawls publish them): every
 * response record with HTTP status 200 and an HTML body becomes one article, its URL the
 * record's target and, when the page gives no date, its date the capture's. Other records
 * (requests, metadata, images, redirects) are passed over. A damaged file gives the articles
 * before the damage and one diagnostic for it.
 */
final class WarcArticles {
    private final ArticleReader reader;
    private final long maxBytes;

    WarcArticles(ArticleReader reader, long maxBytes) {
        this.reader = reader;
        this.maxBytes = maxBytes;
    }

    ReadResult read(Path file) {
        String name = file.toString();
        ReadResult result = ReadResult.empty();
        try (WarcReader warc = new WarcReader(file)) {
            for (Optional<WarcRecord> next = warc.next(); next.isPresent(); next = warc.next()) {
                if (next.get() instanceof WarcResponse response) {
                    result = result.plus(page(name, response));
                }
            }
        } catch (IOException | RuntimeException e) {
            // jwarc reports a damaged record as a ParsingException (unchecked) or an IOException.
            String why = e.getMessage() == null
                    ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse("");
            return result.plus(ReadResult.failed(
                    name,
                    "damaged WARC data: " + why + "; " + result.articles().size()
                            + " article(s) before the damage were read"));
        }
        if (result.articles().isEmpty() && result.clean()) {
            return ReadResult.failed(name, "no HTML response records");
        }
        return result;
    }

    private ReadResult page(String name, WarcResponse response) throws IOException {
        HttpResponse http = response.http();
        MediaType type = http.contentType();
        if (http.status() != 200 || !isHtml(type)) {
            return ReadResult.empty();
        }
        String where = name + " " + response.target();
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (body.length > maxBytes) {
            return ReadResult.failed(where, "larger than the limit of " + maxBytes + " bytes; skipped");
        }
        String page =
                HtmlBytes.decode(body, Optional.ofNullable(type.parameters().get("charset")));
        LocalDate captured = LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
        return reader.readHtml(where, page, Optional.of(response.target()), Optional.of(captured));
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }
}
