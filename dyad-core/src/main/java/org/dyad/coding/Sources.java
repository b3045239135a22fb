package org.dyad.coding;

import java.util.Locale;
import java.util.Optional;
import org.dyad.lexicon.WordTable;
import org.dyad.model.Actor;
import org.dyad.nlp.DependencyTree;

/**
 * What kind of source a phrase names (media, official, expert, anonymous, document, actor) and
 * which reporting verbs cite a further source as their object. The words are in {@value #WORDS}.
 */
public final class Sources {
    public static final String WORDS = "dyad/lexicon/source-words.txt";
    private static final String CITED = "cited";

    private final WordTable words;

    public Sources(WordTable words) {
        this.words = words;
    }

    public static Sources loadBundled() {
        return new Sources(WordTable.load(WORDS));
    }

    /** The kind of the source headed by {@code head}, which names {@code actor} if it is known. */
    public String kind(DependencyTree tree, int head, Optional<Actor> actor) {
        Optional<String> byWord = kindOfToken(tree, head);
        // "Russian political expert Anton Mardasov", "Hassan Nasrallah, an analyst": the description says.
        // ("the al-Quds al-Arabi daily" may come out with "daily" as a modifier of the name.)
        for (int c : tree.children(head, "compound", "appos", "amod", "advmod")) {
            byWord = byWord.or(() -> kindOfToken(tree, c));
        }
        if (byWord.isPresent()) {
            return byWord.get();
        }
        if (actor.isPresent()) {
            String agent = actor.get().agent().orElse("");
            return agent.equals("MED") ? "media" : agent.equals("GOV") ? "official" : "actor";
        }
        // A name the dictionaries do not know is still a named source, not an anonymous one.
        return tree.token(head).isProperNoun() ? "actor" : "anonymous";
    }

    /** Whether a reporting verb names a further source as its object: "cited various sources". */
    public boolean citesObject(String lemma) {
        return words.value(lemma).map(CITED::equals).orElse(false);
    }

    /**
     * "According to this report", "the report also adds": a source phrase that only points back to
     * a source named before (a demonstrative or the article and a media or document noun).
     */
    public boolean pointsBack(DependencyTree tree, int head) {
        String kind = kindOfWord(tree.token(head).lemma()).orElse("");
        if (!kind.equals("document") && !kind.equals("media")) {
            return false;
        }
        return tree.children(head, "det").stream()
                        .map(d -> tree.token(d).word().toLowerCase(Locale.ROOT))
                        .anyMatch(w -> w.equals("this") || w.equals("that") || w.equals("the"))
                && tree.children(head, "compound", "amod", "nmod:poss", "nmod").isEmpty();
    }

    private Optional<String> kindOfToken(DependencyTree tree, int t) {
        return kindOfWord(tree.token(t).lemma())
                .or(() -> kindOfWord(tree.token(t).word()));
    }

    private Optional<String> kindOfWord(String word) {
        return words.value(word).filter(k -> !k.equals(CITED));
    }
}
