package org.dyad.nlp.lemma;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.dyad.model.Features;
import org.dyad.model.Upos;

/**
 * Spanish lemmas and verb morphology from the Spanish part-of-speech dictionary of LanguageTool's
 * Spanish module (org.softcatala:spanish-pos-dict, LGPL-2.1): every word form with its lemmas and
 * EAGLES tags. CoreNLP's Spanish models tag and parse but do not lemmatise, and UniversalPetrarch's
 * verb patterns are written by infinitive, so "atacaron" must become "atacar" before coding.
 *
 * <p>Of a form's readings the one of the tagger's part of speech wins ("armados": the participle of
 * "armar" as a verb, the adjective "armado" as an adjective). Text that has lost its accents
 * ("reunion", "segun") is looked up again with an accent on one vowel. Thread-safe: the
 * dictionary is immutable and each look-up makes its own cursor.
 */
public final class SpanishLemmatizer {
    /** Where the dictionary's jar keeps it on the class path. */
    public static final String DICTIONARY = "/org/languagetool/resource/es/es-ES.dict";

    private static final String VOWELS = "aeiou";
    private static final String ACCENTED = "áéíóú";

    private final Dictionary dictionary;

    private SpanishLemmatizer(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * Reads the dictionary from the class path.
     *
     * @throws UncheckedIOException when the dictionary's jar is missing or unreadable
     */
    public static SpanishLemmatizer load() {
        URL url = SpanishLemmatizer.class.getResource(DICTIONARY);
        if (url == null) {
            throw new UncheckedIOException(new IOException("the Spanish dictionary " + DICTIONARY
                    + " is not on the class path (org.softcatala:spanish-pos-dict)"));
        }
        try {
            return new SpanishLemmatizer(Dictionary.read(url));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Spanish dictionary: " + e.getMessage(), e);
        }
    }

    /** A word's lemma and the features its tag gives, for the part of speech the tagger gave it. */
    public record Reading(String lemma, Features features) {}

    /**
     * The reading of {@code word} tagged {@code upos}: the dictionary's reading of that part of
     * speech, else the lower-cased word with no features (a name, a foreign word, a typo).
     */
    public Reading read(String word, Upos upos) {
        if (upos == Upos.PROPN || upos == Upos.PUNCT || upos == Upos.NUM || upos == Upos.SYM) {
            return new Reading(word, Features.NONE);
        }
        String lower = word.toLowerCase(Locale.ROOT);
        List<Analysis> found = analyses(lower);
        if (found.isEmpty()) {
            found = accentedAnalyses(lower);
        }
        // A contraction's lemma names its words ("del": "de:el"); the preposition is what it does.
        return best(found, upos)
                .map(a -> new Reading(
                        upos == Upos.ADJ && a.tag().startsWith("V")
                                ? adjective(lower)
                                : a.lemma().split(":", 2)[0],
                        EaglesTags.features(a.tag())))
                .orElse(new Reading(lower, Features.NONE));
    }

    private record Analysis(String lemma, String tag) {}

    /**
     * A participle used as an adjective has the adjective's lemma, its masculine singular
     * ("armadas": "armado"), as the dictionary gives adjectives; the dictionary lists it as a verb form only.
     */
    private static String adjective(String participle) {
        for (String ending : new String[] {"os", "as", "a"}) {
            if (participle.endsWith(ending)) {
                return participle.substring(0, participle.length() - ending.length()) + "o";
            }
        }
        return participle;
    }

    private List<Analysis> analyses(String form) {
        List<Analysis> out = new ArrayList<>();
        for (WordData w : new DictionaryLookup(dictionary).lookup(form)) {
            out.add(new Analysis(w.getStem().toString(), w.getTag().toString()));
        }
        return out;
    }

    /** The readings of {@code form} with one of its vowels accented, for text that lost its accents. */
    private List<Analysis> accentedAnalyses(String form) {
        List<Analysis> out = new ArrayList<>();
        for (int i = form.length() - 1; i >= 0 && out.isEmpty(); i--) {
            int v = VOWELS.indexOf(form.charAt(i));
            if (v >= 0) {
                out.addAll(analyses(form.substring(0, i) + ACCENTED.charAt(v) + form.substring(i + 1)));
            }
        }
        return out;
    }

    /** The reading of the likeliest kind for {@code upos}, the dictionary's first among equals. */
    private static Optional<Analysis> best(List<Analysis> found, Upos upos) {
        return found.stream()
                .filter(a -> EaglesTags.rank(a.tag(), upos) >= 0)
                .min(java.util.Comparator.comparingInt(a -> EaglesTags.rank(a.tag(), upos)));
    }
}
