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

    /** Words that make a name a first-level region. */
    private static final Set<String> REGION_WORDS =
            Set.of("province", "governorate", "region", "state", "oblast", "prefecture", "provinces", "governorates");
    /** Words that make a name a town or a part of one. */
    private static final Set<String> TOWN_WORDS = Set.of(
            "city",
            "town",
            "village",
            "municipality",
            "district",
            "neighborhood",
            "neighbourhood",
            "suburb",
            "suburbs",
            "area",
            "countryside",
            "outskirts",
            "cities",
            "towns",
            "villages",
            "camp",
            "capital",
            "port",
            "border");
    /** Words that make a name an airport or a military site. */
    private static final Set<String> SITE_WORDS =
            Set.of("airport", "airbase", "base", "air", "airfield", "airstrip", "bases", "airports");

    private PlaceNames() {}

    /** What a designator word says of the name it goes with. */
    public enum Designation {
        REGION,
        TOWN,
        SITE
    }

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
        // Most names are plain ASCII: skipping Unicode normalisation for them halves the gazetteer's load time.
        String k = (plain(name) ? name : fold(name)).toLowerCase(Locale.ROOT);
        if (!k.isEmpty() && (k.charAt(0) == 'a' || k.charAt(0) == 'e')) {
            k = ARTICLE.matcher(k).replaceFirst("");
        }
        StringBuilder b = new StringBuilder(k.length());
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        int n = b.length();
        if (n > 3 && b.charAt(n - 1) == 'h' && "aeiou".indexOf(b.charAt(n - 2)) >= 0) {
            b.setLength(n - 1);
        }
        return b.toString();
    }

    /** Whether folding would leave the name as it is: ASCII without the backquote that stands for an apostrophe. */
    private static boolean plain(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c > 0x7e || c == '`') {
                return false;
            }
        }
        return true;
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
