package org.dyad.coding.internal;

import java.util.List;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.model.Trigger;
import org.dyad.model.Upos;
import org.dyad.nlp.DependencyTree;

/** The text span that names an event. */
final class Triggers {
    private Triggers() {}

    /**
     * The trigger's text: its tokens from first to last, but cut at a gap that holds another
     * content word ("Feuds between these two sides grew" is "Feuds"), keeping the part with the
     * trigger's head (its first token); gaps of function words stay ("agreed to undertake").
     */
    static Trigger of(DependencyTree tree, String articleText, List<Integer> tokens) {
        List<Integer> sorted = tokens.stream().sorted().toList();
        int head = tokens.get(0);
        int first = sorted.get(0);
        int last = sorted.get(sorted.size() - 1);
        for (int i = 1; i < sorted.size(); i++) {
            if (hasContentWord(tree, sorted.get(i - 1) + 1, sorted.get(i), tokens)) {
                if (sorted.get(i) <= head) {
                    first = sorted.get(i);
                } else {
                    last = sorted.get(i - 1);
                    break;
                }
            }
        }
        Span span = tree.sentence().charSpan(first, last);
        return new Trigger(span.cut(articleText), span, head);
    }

    private static boolean hasContentWord(DependencyTree tree, int from, int to, List<Integer> trigger) {
        for (int t = from; t < to; t++) {
            Token token = tree.token(t);
            if (!trigger.contains(t) && (token.isNoun() || token.isVerb() || isAdjective(token))) {
                return true;
            }
        }
        return false;
    }

    /** An adjective of any degree ("nuclear", "larger"); not a prefix split off at its hyphen ("pre-"), which has none. */
    private static boolean isAdjective(Token t) {
        return t.upos() == Upos.ADJ && t.features().has("Degree");
    }
}
