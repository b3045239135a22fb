package org.dyad.coding;

import java.util.Optional;
import org.dyad.lexicon.BundledWords;
import org.dyad.lexicon.WordTable;
import org.dyad.model.Actor;
import org.dyad.nlp.DependencyTree;
import org.dyad.rules.Rules;

/**
 * What kind of source a phrase names: media, official, expert, anonymous, document, actor. The
 * words are in {@value #WORDS}; which words describe a source's head is the selector
 * {@code source-descriptions} of {@code dyad/rules/attribution.rules}.
 */
public final class Sources {
    public static final String WORDS = "dyad/lexicon/source-words.txt";
    /** The value of the verbs that cite a further source (the rules' {@code cited}), which is no kind. */
    private static final String CITED = "cited";

    private final WordTable words;
    private final Rules rules;

    public Sources(WordTable words, Rules rules) {
        this.words = words;
        this.rules = rules;
    }

    public static Sources loadBundled(Rules rules) {
        return loadBundled(rules, BundledWords.ENGLISH);
    }

    /** The source words of {@code words}' language. */
    public static Sources loadBundled(Rules rules, BundledWords words) {
        return new Sources(words.table(WORDS), rules);
    }

    /** The kind of the source headed by {@code head}, which names {@code actor} if it is known. */
    public String kind(DependencyTree tree, int head, Optional<Actor> actor) {
        Optional<String> byWord = kindOfToken(tree, head);
        // "Russian political expert Anton Mardasov", "Hassan Nasrallah, an analyst": the description says.
        for (int c : rules.select("source-descriptions", tree, head)) {
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

    private Optional<String> kindOfToken(DependencyTree tree, int t) {
        return kindOfWord(tree.token(t).lemma())
                .or(() -> kindOfWord(tree.token(t).word()));
    }

    private Optional<String> kindOfWord(String word) {
        return words.value(word).filter(k -> !k.equals(CITED));
    }
}
