package org.dyad.format.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Flattens HTML nested deeper than any real page: elements below a depth are unwrapped, their
 * text kept in place. Readability walks the tree recursively, so 100,000 nested tags (an
 * attack, or a broken generator) overflow its stack; jsoup's own traversal is iterative.
 */
final class HtmlDepth {
    /** Real news pages nest some 30 to 60 levels; Readability's recursion is safe far beyond this. */
    static final int MAX = 200;

    private HtmlDepth() {}

    /** Unwraps the elements of {@code root} deeper than {@link #MAX} below it; answers how many. */
    static int limit(Element root) {
        List<Element> tooDeep = new ArrayList<>();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (depth > MAX && node instanceof Element element) {
                            tooDeep.add(element);
                        }
                    }
                },
                root);
        for (Element element : tooDeep) {
            element.unwrap();
        }
        return tooDeep.size();
    }
}
