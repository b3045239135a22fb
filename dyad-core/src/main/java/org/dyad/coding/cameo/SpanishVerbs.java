package org.dyad.coding.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import org.dyad.lexicon.Lexicons;
import org.dyad.lexicon.Resources;
import org.dyad.lexicon.WordTable;

/**
 * UniversalPetrarch's Spanish verb patterns (dictionaries/es/SOURCES.md), read in their native
 * PETRARCH-1 format. Verbs are Spanish infinitives, looked up by a token's lemma as the English
 * ones are; the English dictionary ({@link VerbDictionary#loadBundled()}) is not touched.
 */
public final class SpanishVerbs {
    /** The classpath location of the bundled Spanish verb patterns. */
    public static final String BUNDLED_RESOURCE = "/dyad/dictionaries/es/verbpatterns_es_190128.txt";

    /** dyad's corrections to the Spanish verb patterns, in the format of docs/patterns.md, read over them. */
    public static final String DYAD_PATTERNS = "dyad/dictionaries/es/dyad.patterns-es.txt";

    private static final String BUNDLED_NAME = "verbpatterns_es_190128.txt";

    private SpanishVerbs() {}

    /** The bundled Spanish verb patterns, with what was read approximately or skipped. */
    public static Petrarch1Verbs load() {
        Petrarch1VerbReader reader =
                new Petrarch1VerbReader(CameoCodebook.loadBundled(), WordTable.load(Lexicons.SPANISH_PREPOSITIONS));
        try (BufferedReader in = Resources.open(BUNDLED_RESOURCE)) {
            Petrarch1Verbs read = reader.read(BUNDLED_NAME, in);
            return new Petrarch1Verbs(codedFirst(read.dictionary()), read.constructs());
        } catch (IOException e) {
            throw new IllegalStateException("cannot close bundled resource " + BUNDLED_RESOURCE, e);
        }
    }

    /**
     * The dictionary with each verb's entries in blocks that give a code tried before those in
     * blocks that do not. The Spanish file lists many verbs in several blocks, the Spanish of
     * several English blocks' verbs (ATACAR is in SAVAGE [---] before APALEAR [180] and ATENTAR
     * [190]); where no pattern matches, the coder takes the first entry's code, and a block
     * without one says only that its own patterns code, not that the verb alone is no event.
     */
    static VerbDictionary codedFirst(VerbDictionary dictionary) {
        java.util.List<VerbEntry> coded = new java.util.ArrayList<>();
        for (VerbBlock block : dictionary.blocks()) {
            if (block.code().isPresent()) {
                coded.addAll(block.verbs());
            }
        }
        return dictionary.preferring(coded);
    }
}
