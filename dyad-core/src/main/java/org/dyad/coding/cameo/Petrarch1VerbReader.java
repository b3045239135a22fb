package org.dyad.coding.cameo;

import java.io.Reader;
import java.util.Objects;
import org.dyad.coding.cameo.internal.P1FileParser;
import org.dyad.lexicon.WordTable;

/**
 * Reads a verb dictionary in the PETRARCH-1 (TABARI-style) format that UniversalPetrarch's
 * Spanish file uses ({@code --- NAME [CODE] ---} blocks of verbs and flat patterns such as
 * {@code - * AVANCE EN + [0874]}) into dyad's {@link VerbDictionary}, so that the coder that reads
 * the English dictionary reads it too. See {@code docs/spanish-dictionaries.md} for how each
 * construct is read; what the model expresses only approximately or not at all is counted in
 * {@link Petrarch1Verbs#constructs()}, and skipped lines are in the dictionary's diagnostics.
 */
public final class Petrarch1VerbReader {
    private final CameoCodebook codebook;
    private final WordTable prepositions;

    /**
     * A reader that accepts the codes {@code codebook} knows and reads the words of
     * {@code prepositions} as prepositions (its values: the token each is written as).
     */
    public Petrarch1VerbReader(CameoCodebook codebook, WordTable prepositions) {
        this.codebook = Objects.requireNonNull(codebook, "codebook");
        this.prepositions = Objects.requireNonNull(prepositions, "prepositions");
    }

    /**
     * Reads one file, named {@code name} in diagnostics, evidence and the dictionary's version.
     * The caller keeps ownership of {@code in}.
     *
     * @throws java.io.UncheckedIOException if {@code in} fails
     */
    public Petrarch1Verbs read(String name, Reader in) {
        return P1FileParser.parse(name, in, codebook, prepositions);
    }
}
