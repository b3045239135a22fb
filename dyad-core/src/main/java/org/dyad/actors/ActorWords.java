package org.dyad.actors;

import java.util.Objects;
import org.dyad.lexicon.Lexicons;
import org.dyad.lexicon.WordTable;

/**
 * The closed word classes the actor recogniser reads noun phrases with: patron participles and
 * prefixes ("Iran-backed", "pro-Tehran"), nouns of backing ("the support of"), words of command
 * ("led by") and of kinship ("the brother of"), the words of coreference, and the institutions
 * news names alone ("police", "the court").
 */
public record ActorWords(
        WordTable patronWords,
        WordTable patronNouns,
        WordTable commandWords,
        WordTable kinshipWords,
        WordTable corefWords,
        WordTable institutionWords) {
    public ActorWords {
        Objects.requireNonNull(patronWords, "patronWords");
        Objects.requireNonNull(patronNouns, "patronNouns");
        Objects.requireNonNull(commandWords, "commandWords");
        Objects.requireNonNull(kinshipWords, "kinshipWords");
        Objects.requireNonNull(corefWords, "corefWords");
        Objects.requireNonNull(institutionWords, "institutionWords");
    }

    public static ActorWords loadBundled() {
        return new ActorWords(
                WordTable.load(Lexicons.PATRON_WORDS),
                WordTable.load(Lexicons.PATRON_NOUNS),
                WordTable.load(Lexicons.COMMAND_WORDS),
                WordTable.load(Lexicons.KINSHIP_WORDS),
                WordTable.load(Lexicons.COREF_WORDS),
                WordTable.load(Lexicons.INSTITUTION_WORDS));
    }
}
