package org.dyad.format.internal;

import java.util.Optional;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Pulls the story out of a news page: the page is first stripped of {@link Boilerplate}, then
 * Readability (a port of Firefox's reader view) finds the main content; when it finds nothing,
 * as on tiny pages, the stripped body is used instead. Either way the result is
 * {@link HtmlParagraphs} text. Stateless and thread-safe.
 */
public final class HtmlArticleExtractor {
    /**
     * Pages with more elements than this skip Readability for the stripped body: parts of it are
     * quadratic in the number of siblings (100,000 nested tables took a minute). News pages have
     * a few thousand elements.
     */
    static final int READABILITY_MAX_ELEMENTS = 25_000;

    /** Extracts the page {@code html}; {@code name} is only a base for relative links. */
    public HtmlPage extract(String html, String name) {
        Document document = Jsoup.parse(html);
        HtmlDepth.limit(document);
        // Readability serialises the page; jsoup's pretty printer is quadratic in runs of blank text
        // nodes (100,000 nested tables took minutes), the plain one linear.
        document.outputSettings().prettyPrint(false);
        Optional<String> url = HtmlMetadata.canonicalUrl(document);
        // Readability drops class names from what it returns, so comment and share blocks must go first.
        Boilerplate.strip(document.body());
        Optional<Article> readable = document.getAllElements().size() > READABILITY_MAX_ELEMENTS
                ? Optional.empty()
                : readable(document.clone(), url.orElse(name));
        String text = readable.map(HtmlArticleExtractor::contentText).orElse("");
        if (text.isBlank()) {
            text = HtmlParagraphs.text(document.body());
        }
        Optional<String> title = readable.map(Article::getTitle)
                .map(HtmlParagraphs::collapse)
                .filter(t -> !t.isEmpty())
                .or(() -> HtmlMetadata.title(document));
        return new HtmlPage(
                text,
                title,
                HtmlMetadata.published(document),
                url,
                HtmlMetadata.publisher(document),
                HtmlMetadata.language(document));
    }

    private static Optional<Article> readable(Document document, String uri) {
        try {
            return Optional.ofNullable(new Readability4JExtended(uri, document).parse())
                    .filter(article -> article.getArticleContent() != null);
        } catch (RuntimeException e) {
            // A page that trips up Readability is still a page: the body fallback reads it.
            return Optional.empty();
        }
    }

    private static String contentText(Article article) {
        Element content = article.getArticleContent();
        Boilerplate.strip(content);
        return HtmlParagraphs.text(content);
    }
}
