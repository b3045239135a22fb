package org.dyad.format.internal;

import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.lexicon.WordTable;
import org.jsoup.nodes.Element;

/**
 * Removes what is not the story from an HTML tree: scripts, styles and form controls;
 * navigation, page headers and footers and sidebars; and forms and elements whose class or id
 * names them as comments, share bars or replies. Class and id are compared word by word, so
 * "comments" and "share-bar" match but "responsive" and "commentary" do not.
 *
 * <p>Forms and named elements are kept when they wrap most of the page's text in other elements
 * that are not clutter: some sites put the whole page in one form, and WordPress marks the body
 * "comments-open". A comment block holding most of a tiny page's text still goes.
 */
public final class Boilerplate {

    private static final String ALWAYS_CLUTTER =
            "script, style, noscript, template, iframe, svg, button, input, select, textarea";
    private static final Set<String> LAYOUT_TAGS = Set.of("nav", "header", "footer", "aside");
    /** The words that name clutter, from a lexicon file: page markup, not language, but still a word list. */
    private static final WordTable CLUTTER_WORDS = WordTable.load("dyad/lexicon/page-clutter-words.txt");

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s_\\-]+|(?<=[a-z])(?=[A-Z])");

    private Boilerplate() {}

    /** Removes the clutter below {@code root} (never {@code root} itself), in place. */
    public static void strip(Element root) {
        root.select(ALWAYS_CLUTTER).remove();
        int total = root.text().length();
        for (Element element : root.select("nav, header, footer, aside, form, [class], [id]")) {
            if (element == root) {
                continue;
            }
            if (LAYOUT_TAGS.contains(element.normalName())) {
                element.remove();
            } else if (isNamedClutter(element) && !wrapsContent(element, total)) {
                element.remove();
            }
        }
    }

    private static boolean isNamedClutter(Element element) {
        return element.normalName().equals("form") || namesClutter(element.className()) || namesClutter(element.id());
    }

    private static boolean wrapsContent(Element element, int total) {
        if (total == 0 || element.text().length() * 2 <= total) {
            return false;
        }
        for (Element child : element.children()) {
            if (!LAYOUT_TAGS.contains(child.normalName()) && !isNamedClutter(child) && child.hasText()) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesClutter(String name) {
        for (String word : WORD_BREAK.split(name)) {
            if (CLUTTER_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
