package org.dyad.actors;

import java.util.Objects;
import org.dyad.lexicon.BundledWords;
import org.dyad.lexicon.Lexicons;
import org.dyad.lexicon.WordTable;

/**
 * The closed word classes the actor recogniser reads noun phrases with: patron participles and
 * prefixes ("Iran-backed", "pro-Tehran"), nouns of backing ("the support of"), words of command
 * ("led by") and of kinship ("the brother of"), the words of coreference, the institutions
 * news names alone ("police", "the court"), the agent classes of the groups it names alone
 * by what they are ("students", "protesters"), and of the people it names alone only as doers
 * ("thousands of people marched").
 */
public record ActorWords(
        WordTable patronWords,
        WordTable patronNouns,
        WordTable commandWords,
        WordTable kinshipWords,
        WordTable corefWords,
        WordTable institutionWords,
        WordTable groupClasses,
        WordTable doerClasses,
        WordTable functionWords) {
    public ActorWords {
        Objects.requireNonNull(patronWords, "patronWords");
        Objects.requireNonNull(patronNouns, "patronNouns");
        Objects.requireNonNull(commandWords, "commandWords");
        Objects.requireNonNull(kinshipWords, "kinshipWords");
        Objects.requireNonNull(corefWords, "corefWords");
        Objects.requireNonNull(institutionWords, "institutionWords");
        Objects.requireNonNull(groupClasses, "groupClasses");
        Objects.requireNonNull(doerClasses, "doerClasses");
        Objects.requireNonNull(functionWords, "functionWords");
    }

    public static ActorWords loadBundled() {
        return loadBundled(BundledWords.ENGLISH);
    }

    /** The lists of {@code words}' language. */
    public static ActorWords loadBundled(BundledWords words) {
        return new ActorWords(
                words.table(Lexicons.PATRON_WORDS),
                words.table(Lexicons.PATRON_NOUNS),
                words.table(Lexicons.COMMAND_WORDS),
                words.table(Lexicons.KINSHIP_WORDS),
                words.table(Lexicons.COREF_WORDS),
                words.table(Lexicons.INSTITUTION_WORDS),
                words.table(Lexicons.GROUP_CLASSES),
                words.table(Lexicons.DOER_CLASSES),
                words.table(Lexicons.FUNCTION_WORDS));
    }

    /** Whether {@code word} (a case marker, a determiner) plays {@code role}: "of" for "de" in Spanish. */
    public boolean isFunction(String word, String role) {
        return functionWords
                .value(word.toLowerCase(java.util.Locale.ROOT))
                .map(role::equals)
                .orElse(false);
    }
}
