package org.dyad.coding;

import java.util.Optional;
import org.dyad.lexicon.BundledWords;
import org.dyad.lexicon.WordTable;
import org.dyad.nlp.DependencyTree;
import org.dyad.rules.Rules;

/**
 * Judgments: "Russia considers Iran's presence as an element undermining its efforts", "Tehran
 * views Washington as an enemy", "considers the group a threat". The judging verb's own code in
 * the dictionary (CONSIDER is a consultation there) says nothing of the judgment; the words of the
 * as-phrase or small clause do: a hostile one disapproves of the object, a friendly one endorses
 * it. The words and their codes are in {@value #WORDS}; where the telling word is, the selector
 * {@code judgment} of {@code dyad/rules/verbs.rules} says.
 */
public final class Judgments {
    public static final String WORDS = "dyad/lexicon/judgment-words.txt";

    private final WordTable words;
    private final Rules rules;

    /** A judgment's code and the word of the predicate that gives it. */
    public record Reading(String code, int word) {}

    public Judgments(WordTable words, Rules rules) {
        this.words = words;
        this.rules = rules;
    }

    public static Judgments loadBundled(Rules rules) {
        return loadBundled(rules, BundledWords.ENGLISH);
    }

    /** The judgment words of {@code words}' language. */
    public static Judgments loadBundled(Rules rules, BundledWords words) {
        return new Judgments(words.table(WORDS), rules);
    }

    public String source() {
        return words.name();
    }

    /** The judgment verb {@code v} makes, if it is a judging verb with a telling predicate. */
    public Optional<Reading> read(DependencyTree tree, int v) {
        return rules.first("judgment", tree, v)
                .flatMap(w -> words.value(tree.token(w).lemma()).map(code -> new Reading(code, w)));
    }
}
