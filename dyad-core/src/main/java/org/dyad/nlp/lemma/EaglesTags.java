package org.dyad.nlp.lemma;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dyad.model.Features;
import org.dyad.model.Upos;

/**
 * The EAGLES tags of the Spanish dictionary (as FreeLing writes them: "VMIS3P0" a main verb,
 * indicative, past, third person, plural) read as universal parts of speech and Universal
 * Dependencies features. Only what dyad's coder reads is kept: a verb's mood, tense, form, person
 * and number, a noun's or adjective's number.
 */
final class EaglesTags {
    /** The tags' first letters for each part of speech a tagger gives (UD's names), the likelier first. */
    private static final Map<Upos, String> CATEGORY = Map.ofEntries(
            Map.entry(Upos.VERB, "V"),
            Map.entry(Upos.AUX, "V"),
            Map.entry(Upos.NOUN, "N"),
            // A participle is read as an adjective as often as as a verb ("los grupos armados").
            Map.entry(Upos.ADJ, "AV"),
            Map.entry(Upos.ADV, "R"),
            Map.entry(Upos.DET, "D"),
            Map.entry(Upos.PRON, "P"),
            Map.entry(Upos.ADP, "S"),
            Map.entry(Upos.CCONJ, "C"),
            Map.entry(Upos.SCONJ, "C"),
            Map.entry(Upos.INTJ, "I"));

    private static final Map<Character, String> MOOD = Map.of('I', "Ind", 'S', "Sub", 'M', "Imp");
    private static final Map<Character, String> VERB_FORM = Map.of('N', "Inf", 'G', "Ger", 'P', "Part");
    private static final Map<Character, String> TENSE = Map.of('P', "Pres", 'I', "Imp", 'F', "Fut", 'S', "Past");
    private static final Map<Character, String> NUMBER = Map.of('S', "Sing", 'P', "Plur");

    private EaglesTags() {}

    /**
     * How well {@code tag} reads a word tagged {@code upos}: 0 for the likeliest kind of reading,
     * higher for less likely ones, -1 for none.
     */
    static int rank(String tag, Upos upos) {
        String letters = CATEGORY.get(upos);
        if (tag.isEmpty() || letters == null) {
            return -1;
        }
        int rank = letters.indexOf(tag.charAt(0));
        // An adjective's verb reading must be a participle ("armados"), not a finite form.
        boolean finiteForAdjective =
                upos == Upos.ADJ && tag.charAt(0) == 'V' && (tag.length() < 3 || tag.charAt(2) != 'P');
        return finiteForAdjective ? -1 : rank;
    }

    /** The features {@code tag} gives. */
    static Features features(String tag) {
        SortedMap<String, List<String>> f = new TreeMap<>();
        if (tag.startsWith("V") && tag.length() >= 6) {
            char mood = tag.charAt(2);
            put(f, "VerbForm", VERB_FORM.getOrDefault(mood, "Fin"));
            put(f, "Mood", MOOD.get(mood));
            char tense = tag.charAt(3);
            if (tense == 'C') {
                put(f, "Mood", "Cnd"); // UD writes the conditional as a mood
            } else {
                put(f, "Tense", TENSE.get(tense));
            }
            if (mood == 'P') {
                put(f, "Tense", "Past");
            }
            char person = tag.charAt(4);
            if (person >= '1' && person <= '3') {
                put(f, "Person", String.valueOf(person));
            }
            put(f, "Number", NUMBER.get(tag.charAt(5)));
        } else if ((tag.startsWith("N") || tag.startsWith("A")) && tag.length() >= 5) {
            put(f, "Number", NUMBER.get(tag.charAt(tag.startsWith("N") ? 3 : 4)));
        }
        return new Features(f);
    }

    private static void put(SortedMap<String, List<String>> f, String name, String value) {
        if (value != null) {
            f.put(name, new ArrayList<>(List.of(value)));
        }
    }
}
