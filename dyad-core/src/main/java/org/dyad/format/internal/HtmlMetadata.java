package org.dyad.format.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what a news page's head says about the story: title, publication date, canonical URL,
 * site name and language, from the standard tags (Open Graph, {@code article:published_time},
 * {@code <link rel=canonical>}, {@code <html lang>}).
 */
public final class HtmlMetadata {

    private HtmlMetadata() {}

    public static Optional<String> title(Document document) {
        return nonBlank(document.title()).or(() -> content(document, "meta[property=og:title]"));
    }

    public static Optional<LocalDate> published(Document document) {
        return content(document, "meta[property=article:published_time], meta[itemprop=datePublished]")
                .flatMap(IsoDates::parse);
    }

    public static Optional<String> canonicalUrl(Document document) {
        Optional<String> canonical = Optional.ofNullable(document.selectFirst("link[rel=canonical][href]"))
                .flatMap(link -> nonBlank(link.attr("href")));
        return canonical.or(() -> content(document, "meta[property=og:url]"));
    }

    public static Optional<String> publisher(Document document) {
        return content(document, "meta[property=og:site_name]");
    }

    public static Optional<String> language(Document document) {
        Element html = document.selectFirst("html[lang]");
        return html == null ? Optional.empty() : nonBlank(html.attr("lang"));
    }

    private static Optional<String> content(Document document, String selector) {
        Element meta = document.selectFirst(selector);
        return meta == null ? Optional.empty() : nonBlank(meta.attr("content"));
    }

    private static Optional<String> nonBlank(String value) {
        String collapsed = HtmlParagraphs.collapse(value);
        return collapsed.isEmpty() ? Optional.empty() : Optional.of(collapsed);
    }
}
