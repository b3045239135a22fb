package org.dyad.actors;

import java.util.Objects;
import org.dyad.lexicon.Lexicons;
import org.dyad.lexicon.WordTable;

/**
 * The closed word classes the actor recogniser reads noun phrases with: patron participles and
 * prefixes ("Iran-backed", "pro-Tehran"), nouns of backing ("the support of"), words of command
 * ("led by") and of kinship ("the brother of"), and the words of coreference.
 */
public record ActorWords(
        WordTable patronWords,
        WordTable patronNouns,
        WordTable commandWords,
        WordTable kinshipWords,
        WordTable corefWords) {
    public ActorWords {
        Objects.requireNonNull(patronWords, "patronWords");
        Objects.requireNonNull(patronNouns, "patronNouns");
        Objects.requireNonNull(commandWords, "commandWords");
        Objects.requireNonNull(kinshipWords, "kinshipWords");
        Objects.requireNonNull(corefWords, "corefWords");
    }

    public static ActorWords loadBundled() {
        return new ActorWords(
                WordTable.load(Lexicons.PATRON_WORDS),
                WordTable.load(Lexicons.PATRON_NOUNS),
                WordTable.load(Lexicons.COMMAND_WORDS),
                WordTable.load(Lexicons.KINSHIP_WORDS),
                WordTable.load(Lexicons.COREF_WORDS));
    }
}
