package org.dyad.format.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders HTML as plain text with one paragraph per line: each block element (and each
 * {@code <br>}) ends a line, and whitespace inside a paragraph collapses to single spaces.
 * The sentence splitter then never sees a headline run into the first sentence, and the
 * offsets of events point into this text.
 */
public final class HtmlParagraphs {

    private static final Set<String> BLOCKS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "body",
            "br",
            "caption",
            "dd",
            "details",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hr",
            "html",
            "li",
            "main",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "table",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "tr",
            "ul");

    private static final Pattern INLINE_STYLE = Pattern.compile("display\\s*:\\s*inline\\b(?!-)");

    private HtmlParagraphs() {}

    /** The paragraphs of {@code root}, in document order, none of them blank. */
    public static List<String> of(Element root) {
        Collector collector = new Collector();
        NodeTraversor.traverse(collector, root);
        collector.endParagraph();
        return collector.paragraphs;
    }

    /** The paragraphs of {@code root} joined with newlines. */
    public static String text(Element root) {
        return String.join("\n", of(root));
    }

    private static final class Collector implements NodeVisitor {
        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                current.append(text.getWholeText());
            } else if (isBlock(node)) {
                endParagraph();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (isBlock(node)) {
                endParagraph();
            }
        }

        void endParagraph() {
            String paragraph = collapse(current);
            current.setLength(0);
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }

        private static boolean isBlock(Node node) {
            // Readability wraps loose text in <p style="display: inline;">, which must not break lines.
            return node instanceof Element element
                    && BLOCKS.contains(element.normalName())
                    && !INLINE_STYLE.matcher(element.attr("style")).find();
        }
    }

    /** The text with every run of whitespace (no-break spaces too) made one space, and trimmed. */
    static String collapse(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
