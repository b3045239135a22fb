package org.dyad.lexicon;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dyad.rules.WordClasses;

/** What the tests of a language's word lists read off the files: shared by every language's test. */
final class WordListFiles {
    static final String EN = "dyad/lexicon/";

    private WordListFiles() {}

    /** The word classes of {@code lang} ("es"), with that language's versions of the tables the rules name. */
    static WordClasses classes(String lang) {
        String own = EN + lang + "/";
        Map<String, WordTable> tables = new LinkedHashMap<>();
        for (String raw : Resources.read("dyad/rules/index.txt").split("\n")) {
            String[] f = raw.replaceAll("#.*", "").strip().split("\\s+");
            if (f[0].equals("table")) {
                tables.put(f[1], WordTable.load(f[2].replace(EN, own)));
            }
        }
        return WordClasses.parse(lang + "/word-classes.txt", Resources.read(own + "word-classes.txt"), tables);
    }

    /** The names of the classes a word-classes file defines. */
    static Set<String> classNames(String text) {
        return text.lines()
                .map(l -> l.replaceAll("#.*", "").strip())
                .filter(l -> l.startsWith("@"))
                .map(l -> l.split("\\s+")[0].substring(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The first word of each line that is not a comment, lower case. */
    static List<String> firstWords(String text) {
        return text.lines()
                .map(l -> l.replaceAll("#.*", "").strip())
                .filter(l -> !l.isEmpty())
                .map(l -> l.split("\\s+")[0].toLowerCase(Locale.ROOT))
                .toList();
    }

    /** The kinds of value a table gives: the first word of each value ("unit" of "unit week 7"), or "" for none. */
    static Set<String> kinds(WordTable t) {
        Set<String> out = new HashSet<>();
        t.words().forEach(w -> out.add(t.value(w).orElse("").split("\\s+")[0]));
        return out;
    }
}
