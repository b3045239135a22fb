package org.dyad.qualify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.coding.internal.MentionIndex;
import org.dyad.model.ActorTaggedArticle;
import org.dyad.model.Attribution;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.nlp.DependencyTree;
import org.dyad.qualify.QualifyParts;

/**
 * What the rest of an article tells about the sources of one sentence: a quote that runs over
 * several sentences is reported by whoever its first or last sentence names ("'Russia and Iran
 * are distancing ... in Syria. Taking its place is ...,' according to the Deutsche Welle
 * website"), and "this report" is the source named last before it.
 */
public final class ArticleSources {
    /** The article context of one sentence: the chain a quote around it inherits, the last source named before it. */
    public record Context(List<Attribution> inherited, Optional<Attribution> lastNamed) {
        static final Context NONE = new Context(List.of(), Optional.empty());
    }

    private final List<Context> bySentence;

    private ArticleSources(List<Context> bySentence) {
        this.bySentence = bySentence;
    }

    public Context of(int sentence) {
        return sentence < bySentence.size() ? bySentence.get(sentence) : Context.NONE;
    }

    public static ArticleSources of(QualifyParts parts, ActorTaggedArticle tagged) {
        List<Sentence> sentences = tagged.annotated().sentences();
        String text = tagged.article().text();
        List<Optional<Attribution>> lastBefore = new ArrayList<>();
        Optional<Attribution> last = Optional.empty();
        for (Sentence s : sentences) {
            lastBefore.add(last);
            List<Attribution> named =
                    attributions(parts, tagged, s, new Context(List.of(), last)).named();
            if (!named.isEmpty()) {
                last = Optional.of(named.get(named.size() - 1));
            }
        }
        List<List<Attribution>> inherited = new ArrayList<>();
        sentences.forEach(s -> inherited.add(List.of()));
        for (Span quote : quotes(text)) {
            int first = sentenceAt(sentences, quote.start());
            int end = sentenceAt(sentences, quote.end() - 1);
            if (first < 0 || end <= first) {
                continue;
            }
            List<Attribution> chain = anchorChain(parts, tagged, sentences.get(first), quote, lastBefore.get(first));
            if (chain.isEmpty()) {
                chain = anchorChain(parts, tagged, sentences.get(end), quote, lastBefore.get(end));
            }
            for (int s = first; s <= end; s++) {
                inherited.set(s, chain);
            }
        }
        List<Context> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            out.add(new Context(inherited.get(s), lastBefore.get(s)));
        }
        return new ArticleSources(out);
    }

    private static Attributions attributions(
            QualifyParts parts, ActorTaggedArticle tagged, Sentence s, Context context) {
        DependencyTree tree = new DependencyTree(s);
        return new Attributions(
                parts,
                tree,
                new MentionIndex(tree, tagged.actorsIn(s.index()), parts.rules().wordClasses()),
                tagged.article().text(),
                context);
    }

    /** The sources the sentence gives for the quoted words in it: those of its quoted token nearest the root. */
    private static List<Attribution> anchorChain(
            QualifyParts parts, ActorTaggedArticle tagged, Sentence s, Span quote, Optional<Attribution> lastNamed) {
        DependencyTree tree = new DependencyTree(s);
        int best = -1;
        int bestDepth = Integer.MAX_VALUE;
        for (int t = 0; t < s.size(); t++) {
            Span span = s.token(t).span();
            if (span.start() > quote.start()
                    && span.end() < quote.end()
                    && parts.rules().holds("quote-anchor", tree, t)) {
                int depth = depth(tree, t);
                if (depth < bestDepth) {
                    best = t;
                    bestDepth = depth;
                }
            }
        }
        return best < 0
                ? List.of()
                : attributions(parts, tagged, s, new Context(List.of(), lastNamed))
                        .ownChain(best);
    }

    private static int depth(DependencyTree tree, int t) {
        int d = 0;
        for (int at = t; tree.parent(at) >= 0 && d <= tree.size(); at = tree.parent(at)) {
            d++;
        }
        return d;
    }

    /** The index of the sentence holding {@code offset}, or -1: a binary search, sentences being in text order. */
    private static int sentenceAt(List<Sentence> sentences, int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Span span = sentences.get(mid).span();
            if (offset < span.start()) {
                high = mid - 1;
            } else if (offset >= span.end()) {
                low = mid + 1;
            } else {
                return sentences.get(mid).index();
            }
        }
        return -1;
    }

    /** Quotations in the text: curly pairs, and straight double quotes taken in pairs. */
    static List<Span> quotes(String text) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        int straight = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201C') {
                open = i;
            } else if (c == '\u201D' && open >= 0) {
                out.add(new Span(open, i + 1));
                open = -1;
            } else if (c == '"') {
                if (straight < 0) {
                    straight = i;
                } else {
                    out.add(new Span(straight, i + 1));
                    straight = -1;
                }
            }
        }
        return out;
    }
}
