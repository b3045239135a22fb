package org.dyad.places;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dyad.rules.WordClasses;

/**
 * How place names are compared: a loose key that news spellings and gazetteer transliterations
 * share, and the designator words around a name ("Hama Province", "the town of Samarra").
 */
public final class PlaceNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u02bb\u02bc\u02bf\u02be`\u00b4]");
    // Arabic names come with and without their article ("Ar Raqqah", "Raqqa"; "al-Qusayr", "Qusayr").
    private static final Pattern ARTICLE = Pattern.compile("^(al|el|ar|as|ad|an|at|ash|az|ath|adh)[ \\-'](?=\\p{L})");

    /*
     * Words of Arabic place names that news and the gazetteer spell differently ("Tel Abyad" and
     * "Tall Abyad", "Ain Issa" and "'Ayn 'Isa", "Deir" and "Dayr"), each to one spelling.
     */
    private static final java.util.Map<String, String> WORD_SPELLINGS = spellings(
            "tall tel tell tal",
            "ayn ain ein",
            "dayr deir dier",
            "kafr kfar kefr",
            "bayt beit bait beyt",
            "jabal jebel jbel",
            "khirbat khirbet khirbit");

    private PlaceNames() {}

    private static java.util.Map<String, String> spellings(String... groups) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String g : groups) {
            String[] words = g.split(" ");
            for (String w : words) {
                out.put(w, words[0]);
            }
        }
        return java.util.Map.copyOf(out);
    }

    /** What a designator word says of the name it goes with, and the word class of its designators. */
    public enum Designation {
        REGION("region_designators"),
        TOWN("town_designators"),
        SITE("site_designators");

        private final String wordClass;

        Designation(String wordClass) {
            this.wordClass = wordClass;
        }
    }

    /** The name folded to plain Latin letters: no diacritics, one kind of apostrophe ("Ḩamāh" is "Hamah"). */
    public static String fold(String name) {
        String s = APOSTROPHES.matcher(name).replaceAll("'");
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * The key names are looked up by: folded, lower case, without a leading Arabic article, the
     * words of Arabic names news spells otherwise in one spelling ("Tel", "Tell", "Tall"), letters
     * and digits only, "iya" as "ia", a doubled consonant once ("Issa", "Isa"), a final
     * 'h' after a vowel dropped ("Hamah", "Hama" and "ḥamā" are all "hama").
     */
    public static String key(String name) {
        // Most names are plain ASCII: skipping Unicode normalisation for them halves the gazetteer's load time.
        String k = (plain(name) ? name : fold(name)).toLowerCase(Locale.ROOT);
        if (!k.isEmpty() && (k.charAt(0) == 'a' || k.charAt(0) == 'e')) {
            k = ARTICLE.matcher(k).replaceFirst("");
        }
        StringBuilder b = new StringBuilder(k.length());
        int word = 0;
        for (int i = 0; i <= k.length(); i++) {
            char c = i < k.length() ? k.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                b.append(c);
            } else if (c == ' ' || c == '-') {
                String spelled = WORD_SPELLINGS.get(b.substring(word));
                if (spelled != null) {
                    b.replace(word, b.length(), spelled);
                }
                word = b.length();
            }
        }
        for (int i = b.length() - 1; i > 0; i--) {
            char c = b.charAt(i);
            if (c == b.charAt(i - 1) && "aeiouy".indexOf(c) < 0) {
                b.deleteCharAt(i);
            }
        }
        for (int at = b.indexOf("iya"); at >= 0; at = b.indexOf("iya", at)) {
            b.replace(at, at + 3, "ia"); // "Beit Lahia", "Bayt Lāhiyā"
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

    /**
     * What the word says when it stands beside a name, if it is a designator: one of the word
     * classes {@code @region_designators}, {@code @town_designators}, {@code @site_designators} of
     * {@code words}, tried in that order.
     */
    public static Optional<Designation> designation(WordClasses words, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Designation d : Designation.values()) {
            if (words.contains(d.wordClass, w)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
