package org.dyad.places;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How place names are compared: a loose key that news spellings and gazetteer transliterations
 * share, and the designator words around a name ("Hama Province", "the town of Samarra").
 */
public final class PlaceNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u02bb\u02bc\u02bf\u02be`\u00b4]");
    // Arabic names come with and without their article ("Ar Raqqah", "Raqqa"; "al-Qusayr", "Qusayr").
    private static final Pattern ARTICLE = Pattern.compile("^(al|el|ar|as|ad|an|at|ash|az|ath|adh)[ \\-'](?=\\p{L})");
    private static final Pattern NOT_KEY = Pattern.compile("[^a-z0-9]");

    /** Words that make a name a first-level region. */
    private static final Set<String> REGION_WORDS = Set.of("province", "governorate", "region", "state", "oblast",
            "prefecture", "provinces", "governorates");
    /** Words that make a name a town or a part of one. */
    private static final Set<String> TOWN_WORDS = Set.of("city", "town", "village", "municipality", "district",
            "neighborhood", "neighbourhood", "suburb", "suburbs", "area", "countryside", "outskirts", "cities",
            "towns", "villages", "camp", "capital", "port", "border");
    /** Words that make a name an airport or a military site. */
    private static final Set<String> SITE_WORDS = Set.of("airport", "airbase", "base", "air", "airfield", "airstrip",
            "bases", "airports");

    private PlaceNames() {
    }

    /** What a designator word says of the name it goes with. */
    public enum Designation { REGION, TOWN, SITE }

    /** The name folded to plain Latin letters: no diacritics, one kind of apostrophe ("Ḩamāh" is "Hamah"). */
    public static String fold(String name) {
        String s = APOSTROPHES.matcher(name).replaceAll("'");
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * The key names are looked up by: folded, lower case, without a leading Arabic article, letters
     * and digits only, a final 'h' after a vowel dropped ("Hamah", "Hama" and "ḥamā" are all "hama").
     */
    public static String key(String name) {
        String k = ARTICLE.matcher(fold(name).toLowerCase(Locale.ROOT)).replaceFirst("");
        k = NOT_KEY.matcher(k).replaceAll("");
        if (k.length() > 3 && k.endsWith("h") && "aeiou".indexOf(k.charAt(k.length() - 2)) >= 0) {
            k = k.substring(0, k.length() - 1);
        }
        return k;
    }

    /** What the word says when it stands beside a name, if it is a designator. */
    public static Optional<Designation> designation(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (REGION_WORDS.contains(w)) {
            return Optional.of(Designation.REGION);
        }
        if (TOWN_WORDS.contains(w)) {
            return Optional.of(Designation.TOWN);
        }
        if (SITE_WORDS.contains(w)) {
            return Optional.of(Designation.SITE);
        }
        return Optional.empty();
    }
}
