package org.dyad.format;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.dyad.format.internal.ArticleIds;
import org.dyad.format.internal.ArticleSink;
import org.dyad.format.internal.BinarySniffer;
import org.dyad.format.internal.Bom;
import org.dyad.format.internal.BoundedRead;
import org.dyad.format.internal.Decoded;
import org.dyad.format.internal.FailureEndsStream;
import org.dyad.format.internal.HtmlArticleExtractor;
import org.dyad.format.internal.HtmlPage;
import org.dyad.format.internal.JsonlArticleParser;
import org.dyad.format.internal.JsonlReader;
import org.dyad.format.internal.StrictDecoder;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;
import org.dyad.model.OneLine;

/**
 * Reads articles from plain text, HTML or JSON Lines input, as the contract describes them.
 * Problems with the input (a missing file, bad bytes, a bad line, empty text) are returned as
 * diagnostics next to whatever could be read; nothing is thrown for them.
 *
 * <p>Input is UTF-8 (a byte-order mark is skipped) or UTF-16 with a byte-order mark. The
 * article's {@code text}, which event offsets point into, is: for plain text the file's text
 * with line ends normalised to {@code \n}; for HTML the story extracted from the page, one
 * paragraph per line; for JSON Lines the {@code text} value exactly as given.
 *
 * <p>The default publication date applies to articles that bring none of their own, including
 * those whose {@code published} value could not be read. Immutable and thread-safe.
 */
public final class ArticleReader {

    /** The default limit on the size of one article: 20 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private static final int HEAD_BYTES = 8192;

    private final Optional<LocalDate> defaultPublished;
    private final long maxBytes;
    private final JsonlReader jsonl;
    private final HtmlArticleExtractor html = new HtmlArticleExtractor();

    /** A reader with no default date and the default size limit. */
    public ArticleReader() {
        this(Optional.empty(), DEFAULT_MAX_BYTES);
    }

    /** A reader that dates undated articles {@code defaultPublished}, with the default size limit. */
    public ArticleReader(Optional<LocalDate> defaultPublished) {
        this(defaultPublished, DEFAULT_MAX_BYTES);
    }

    /**
     * A reader that dates undated articles {@code defaultPublished} and skips any article
     * (a text or HTML file, or one JSON line) longer than {@code maxBytes} bytes.
     */
    public ArticleReader(Optional<LocalDate> defaultPublished, long maxBytes) {
        this.defaultPublished = Objects.requireNonNull(defaultPublished, "defaultPublished");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maximum article size " + maxBytes + " is not positive");
        }
        this.maxBytes = maxBytes;
        this.jsonl = new JsonlReader(new JsonlArticleParser(defaultPublished), maxBytes);
    }

    /**
     * Reads the file at {@code path}, its format chosen by extension or else by its content. A
     * name ending in {@code .gz} is gunzipped first, its format chosen by the name before it
     * ({@code .jsonl.gz}); a truncated or damaged one gives the records before the damage and
     * one diagnostic for it.
     */
    public ReadResult read(Path path) {
        ArticleSink sink = ArticleSink.keeping();
        return kept(read(path, sink), sink);
    }

    /**
     * Reads the file at {@code path} as {@link #read(Path)} does, but hands each article to
     * {@code each} as soon as it is read, so that a JSON Lines file of any size streams through;
     * answers the diagnostics, with no articles.
     */
    public ReadResult read(Path path, Consumer<Article> each) {
        return read(path, ArticleSink.forwarding(each));
    }

    private ReadResult read(Path path, ArticleSink sink) {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            return ReadResult.failed(name, "is a directory, not a file");
        }
        boolean gzip = name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
        Optional<Format> format = Format.byExtension(gzip ? name.substring(0, name.length() - 3) : name);
        try {
            if (!gzip && format.orElse(Format.TEXT) != Format.JSONL && Files.size(path) > maxBytes) {
                return tooLarge(name);
            }
            try (InputStream in = Files.newInputStream(path)) {
                return gzip ? readGzip(name, in, format, sink) : readStream(name, in, format, sink);
            }
        } catch (NoSuchFileException e) {
            return ReadResult.failed(name, "no such file");
        } catch (AccessDeniedException e) {
            return ReadResult.failed(name, "cannot read: permission denied");
        } catch (IOException e) {
            return ReadResult.failed(name, "cannot read: " + reason(e));
        }
    }

    /** Reads {@code in} (standard input, say) as {@code format}; {@code name} labels diagnostics. */
    public ReadResult read(String name, InputStream in, Format format) {
        return readGuarded(name, in, Optional.of(format));
    }

    /** Reads {@code in}, its format chosen by the extension of {@code name} or else by its content. */
    public ReadResult read(String name, InputStream in) {
        return readGuarded(name, in, Format.byExtension(name));
    }

    private static ReadResult kept(ReadResult diagnostics, ArticleSink sink) {
        return new ReadResult(sink.kept(), diagnostics.diagnostics());
    }

    private ReadResult readGzip(String name, InputStream raw, Optional<Format> format, ArticleSink sink)
            throws IOException {
        GZIPInputStream unzipped;
        try {
            unzipped = new GZIPInputStream(raw, 65536);
        } catch (ZipException | EOFException e) {
            return ReadResult.failed(name, "not gzip data, though the name ends in .gz");
        }
        FailureEndsStream guarded = new FailureEndsStream(unzipped);
        ReadResult read = readStream(name, guarded, format, sink);
        if (guarded.failure().isEmpty()) {
            return read;
        }
        IOException why = guarded.failure().get();
        String reason = why instanceof EOFException ? "it ends early (truncated)" : reason(why);
        // What the cut-short stream looked like as a whole ("empty text") is the damage too.
        String shown = OneLine.of(name); // as a diagnostic names it
        read = new ReadResult(
                List.of(),
                read.diagnostics().stream()
                        .filter(d -> !d.where().equals(shown))
                        .toList());
        if (guarded.endedMidLine()) {
            read = withoutCutLine(name, read, sink);
        }
        return read.plus(ReadResult.failed(
                name,
                "damaged gzip data: " + reason + "; " + sink.count() + " article(s) before the damage were read"));
    }

    /**
     * {@code read} without the diagnostic of its last line when that line is after every article
     * read: the damage cut it short, and the damage has its own diagnostic.
     */
    private static ReadResult withoutCutLine(String name, ReadResult read, ArticleSink sink) {
        List<Diagnostic> diagnostics = read.diagnostics();
        if (diagnostics.isEmpty()) {
            return read;
        }
        int badLine =
                lineOf(OneLine.of(name), diagnostics.get(diagnostics.size() - 1).where());
        int lastArticle = sink.lastOrigin().map(o -> lineOf(name, o)).orElse(0);
        if (badLine <= lastArticle) {
            return read;
        }
        return new ReadResult(read.articles(), diagnostics.subList(0, diagnostics.size() - 1));
    }

    /** The line number in "name:line", or 0 when {@code where} names no line. */
    private static int lineOf(String name, String where) {
        String line = where.startsWith(name + ":") ? where.substring(name.length() + 1) : "";
        return !line.isEmpty() && line.chars().allMatch(Character::isDigit) && line.length() < 10
                ? Integer.parseInt(line)
                : 0;
    }

    /**
     * Reads one HTML page fetched from the web or found in a crawl; {@code url} and
     * {@code published} stand in when the page's head gives none.
     */
    public ReadResult readHtml(String name, String page, Optional<String> url, Optional<LocalDate> published) {
        ReadResult read = fromHtml(name, page);
        return new ReadResult(
                read.articles().stream()
                        .map(a -> new Article(
                                a.id(),
                                a.text(),
                                a.published().or(() -> published),
                                a.url().or(() -> url),
                                a.publisher(),
                                a.title(),
                                a.language(),
                                a.origin()))
                        .toList(),
                read.diagnostics());
    }

    private ReadResult readGuarded(String name, InputStream in, Optional<Format> format) {
        ArticleSink sink = ArticleSink.keeping();
        try {
            return kept(readStream(name, in, format, sink), sink);
        } catch (IOException e) {
            return ReadResult.failed(name, "cannot read: " + reason(e));
        }
    }

    /** Reads {@code raw}, handing its articles to {@code sink}; answers the diagnostics. */
    private ReadResult readStream(String name, InputStream raw, Optional<Format> given, ArticleSink sink)
            throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, HEAD_BYTES * 8);
        in.mark(HEAD_BYTES + 1);
        byte[] head = in.readNBytes(HEAD_BYTES);
        in.reset();
        Bom bom = Bom.detect(head);
        String start = StrictDecoder.decodeLeniently(head, head.length, bom.charset());
        Format format = given.orElseGet(() -> Format.sniff(start));
        // JSON Lines with a line that looks like one are judged line by line: a line of binary junk is one bad line.
        boolean jsonLines =
                format == Format.JSONL && start.lines().anyMatch(l -> l.strip().startsWith("{\""));
        if (!jsonLines && BinarySniffer.looksBinary(head, bom)) {
            return ReadResult.failed(name, "looks like binary data, not text");
        }
        in.skipNBytes(bom.length());
        if (format == Format.JSONL) {
            return jsonl.read(name, in, bom, sink);
        }
        Optional<byte[]> bytes = BoundedRead.atMost(in, maxBytes);
        if (bytes.isEmpty()) {
            return tooLarge(name);
        }
        Decoded decoded = StrictDecoder.decode(bytes.get(), 0, bytes.get().length, bom.charset());
        if (decoded instanceof Decoded.Malformed bad) {
            return ReadResult.failed(
                    name,
                    "not valid " + bom.encodingName() + " (byte offset " + (bad.byteOffset() + bom.length()) + ")");
        }
        String text = ((Decoded.Text) decoded).value();
        ReadResult read = format == Format.HTML ? fromHtml(name, text) : fromText(name, text);
        read.articles().forEach(sink);
        return new ReadResult(List.of(), read.diagnostics());
    }

    private ReadResult fromText(String name, String raw) {
        // Offsets must point into the text other tools see, so line ends are settled here, once.
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            return ReadResult.failed(name, "empty text");
        }
        return ReadResult.of(Article.ofText(ArticleIds.ofText(text), text, defaultPublished, name));
    }

    private ReadResult fromHtml(String name, String page) {
        HtmlPage extracted = html.extract(page, name);
        String text = extracted.text();
        if (text.isBlank()) {
            return ReadResult.failed(name, "empty text (no readable text in the HTML)");
        }
        return ReadResult.of(new Article(
                ArticleIds.ofText(text),
                text,
                extracted.published().or(() -> defaultPublished),
                extracted.url(),
                extracted.publisher(),
                extracted.title(),
                extracted.language(),
                name));
    }

    /** Why reading failed, without the file name the diagnostic already starts with. */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException fileError && fileError.getReason() != null) {
            return fileError.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private ReadResult tooLarge(String name) {
        return ReadResult.failed(name, "larger than the limit of " + maxBytes + " bytes; skipped");
    }
}
