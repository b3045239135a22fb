package org.dyad.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dyad.format.ArticleReader;
import org.dyad.format.ReadResult;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;

/**
 * Reads articles from what the user names: a directory (walked recursively, in name order),
 * a text, HTML or JSON Lines file (gzipped or not), an RSS or Atom feed, a WARC file, or the
 * URL of a page or feed (fetched politely; a feed's entries are fetched from their links).
 * Problems come back as diagnostics next to whatever could be read.
 */
public final class ArticleSources {
    private static final List<String> ARTICLE_FILES = List.of(
            ".txt",
            ".text",
            ".html",
            ".htm",
            ".xhtml",
            ".jsonl",
            ".ndjson",
            ".json",
            ".txt.gz",
            ".html.gz",
            ".htm.gz",
            ".jsonl.gz",
            ".ndjson.gz",
            ".json.gz");
    private static final List<String> WARC_FILES = List.of(".warc", ".warc.gz");
    private static final List<String> FEED_FILES = List.of(".rss", ".atom", ".xml");

    private final ArticleReader reader = new ArticleReader();
    private final WarcArticles warc = new WarcArticles(reader, ArticleReader.DEFAULT_MAX_BYTES);
    private final FeedArticles feeds = new FeedArticles(reader);
    private final WebFetcher web;

    /** Sources that fetch URLs as {@code userAgent}, pausing {@code pause} between requests to one host. */
    public ArticleSources(String userAgent, Duration timeout, Duration pause) {
        this.web = new WebFetcher(userAgent, timeout, pause, ArticleReader.DEFAULT_MAX_BYTES);
    }

    /** Reads everything {@code arg} names: a path or an http(s) URL. */
    public ReadResult read(String arg) {
        List<Article> articles = new ArrayList<>();
        ReadResult read = read(arg, articles::add);
        return new ReadResult(articles, read.diagnostics());
    }

    /**
     * Reads everything {@code arg} names, handing each article to {@code each} as it is read: the
     * files of a directory one after the other, and a JSON Lines file line by line, so that a corpus
     * of any size streams through. Answers the diagnostics, with no articles.
     */
    public ReadResult read(String arg, Consumer<Article> each) {
        String lower = arg.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return handOn(readUrl(arg), each);
        }
        Path path = Path.of(arg);
        if (Files.isDirectory(path)) {
            return readDirectory(path, each);
        }
        return readFile(path, each);
    }

    /** {@code read}'s articles handed to {@code each}; its diagnostics answered. */
    private static ReadResult handOn(ReadResult read, Consumer<Article> each) {
        read.articles().forEach(each);
        return new ReadResult(List.of(), read.diagnostics());
    }

    private ReadResult readDirectory(Path dir, Consumer<Article> each) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> kind(p.getFileName().toString()) != Kind.OTHER)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return ReadResult.failed(dir.toString(), "cannot list the directory: " + e.getMessage());
        }
        if (files.isEmpty()) {
            return ReadResult.failed(dir.toString(), "no article, feed or WARC files in the directory");
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Path f : files) {
            diagnostics.addAll(readFile(f, each).diagnostics());
        }
        return new ReadResult(List.of(), diagnostics);
    }

    private ReadResult readFile(Path file, Consumer<Article> each) {
        String name = file.toString();
        return switch (kind(name)) {
            case WARC -> handOn(Files.isRegularFile(file) ? warc.read(file) : reader.read(file), each);
            case FEED -> handOn(readFeedFile(file), each);
            default -> reader.read(file, each);
        };
    }

    private ReadResult readFeedFile(Path file) {
        try {
            return feeds.read(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            return reader.read(file); // it names a missing or unreadable file as for any other input
        }
    }

    private ReadResult readUrl(String url) {
        WebFetcher.Page page;
        try {
            page = web.fetch(URI.create(url));
        } catch (IOException | IllegalArgumentException e) {
            return ReadResult.failed(url, "cannot fetch: " + why(e));
        }
        if (looksLikeFeed(page)) {
            return readFeedUrl(url, page.body());
        }
        return reader.readHtml(
                url, HtmlBytes.decode(page.body(), charset(page)), Optional.of(page.url()), Optional.empty());
    }

    /** A feed from the web: each entry's page is fetched from its link; its own content stands in if that fails. */
    private ReadResult readFeedUrl(String url, byte[] xml) {
        List<FeedArticles.Entry> entries;
        try {
            entries = FeedArticles.entries(url, xml);
        } catch (IOException e) {
            return ReadResult.failed(url, e.getMessage());
        }
        ReadResult result = ReadResult.empty();
        for (FeedArticles.Entry entry : entries) {
            ReadResult fromPage =
                    entry.link().map(link -> fetchEntry(entry, link)).orElse(ReadResult.empty());
            result = result.plus(fromPage.articles().isEmpty() ? fromPage.plus(feeds.article(entry)) : fromPage);
        }
        return result;
    }

    private ReadResult fetchEntry(FeedArticles.Entry entry, String link) {
        try {
            WebFetcher.Page page = web.fetch(URI.create(link));
            ReadResult read = reader.readHtml(
                    link, HtmlBytes.decode(page.body(), charset(page)), Optional.of(page.url()), entry.published());
            return new ReadResult(
                    read.articles().stream()
                            .map(a -> FeedArticles.withEntry(a, entry))
                            .toList(),
                    read.diagnostics());
        } catch (IOException | IllegalArgumentException e) {
            return ReadResult.failed(link, "cannot fetch: " + why(e) + "; the feed's own text is used");
        }
    }

    private static boolean looksLikeFeed(WebFetcher.Page page) {
        String type = page.contentType().orElse("").toLowerCase(Locale.ROOT);
        if (type.contains("rss") || type.contains("atom") || type.contains("xml") && !type.contains("xhtml")) {
            return true;
        }
        String head = new String(page.body(), 0, Math.min(page.body().length, 512), StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .stripLeading();
        return head.startsWith("<rss")
                || head.startsWith("<feed")
                || head.startsWith("<rdf:RDF")
                || head.startsWith("<?xml")
                        && (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF"));
    }

    private static Optional<String> charset(WebFetcher.Page page) {
        return page.contentType().flatMap(t -> {
            int at = t.toLowerCase(Locale.ROOT).indexOf("charset=");
            return at < 0
                    ? Optional.empty()
                    : Optional.of(
                            t.substring(at + 8).replace("\"", "").split(";")[0].strip());
        });
    }

    private static String why(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank()
                ? e.getClass().getSimpleName()
                : m.lines().findFirst().orElse(m);
    }

    enum Kind {
        ARTICLE,
        WARC,
        FEED,
        OTHER
    }

    static Kind kind(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (WARC_FILES.stream().anyMatch(lower::endsWith)) {
            return Kind.WARC;
        }
        if (FEED_FILES.stream().anyMatch(lower::endsWith)) {
            return Kind.FEED;
        }
        return ARTICLE_FILES.stream().anyMatch(lower::endsWith) ? Kind.ARTICLE : Kind.OTHER;
    }
}
