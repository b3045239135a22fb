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

    private static final String BUNDLED_NAME = "verbpatterns_es_190128.txt";

    private SpanishVerbs() {}

    /** The bundled Spanish verb patterns, with what was read approximately or skipped. */
    public static Petrarch1Verbs load() {
        Petrarch1VerbReader reader =
                new Petrarch1VerbReader(CameoCodebook.loadBundled(), WordTable.load(Lexicons.SPANISH_PREPOSITIONS));
        try (BufferedReader in = Resources.open(BUNDLED_RESOURCE)) {
            return reader.read(BUNDLED_NAME, in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot close bundled resource " + BUNDLED_RESOURCE, e);
        }
    }
}
