package org.dyad.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dyad.lexicon.BundledWords;
import org.dyad.lexicon.Resources;
import org.dyad.nlp.DependencyTree;

/**
 * Reads nouns that name events ("clashes", "Israeli air strikes", "a car bombing") against a
 * lexicon of noun phrases and their CAMEO codes; the longest phrase ending in the noun wins, and
 * of two equally long ones the earlier entry. A phrase with the null code {@value #NULL_CODE}
 * (a user's way to say it is no event) wins like any other and gives no reading.
 */
public final class NounCoder {
    public static final String NOUNS = "dyad/lexicon/event-nouns.tsv";
    /** The bundled lexicon's file name, as the evidence of events names it. */
    public static final String NOUNS_FILE = NOUNS.substring(NOUNS.lastIndexOf('/') + 1);
    /** The code of a phrase that names no event. */
    public static final String NULL_CODE = "---";

    /**
     * A noun phrase of a lexicon (lower case, head noun last, as its lemma), its code (2 to 4
     * digits, or the null code), and the file and line it was read from.
     */
    public record Entry(List<String> words, String code, String source, int line) {
        public Entry {
            words = List.copyOf(words);
            if (words.isEmpty() || words.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("noun phrase " + words + " is empty or has a blank word");
            }
            Objects.requireNonNull(code, "code");
            if (!code.equals(NULL_CODE) && !code.matches("\\d{2,4}")) {
                throw new IllegalArgumentException("noun code '" + code + "' is not 2 to 4 digits or " + NULL_CODE);
            }
            Objects.requireNonNull(source, "source");
            if (line < 1) {
                throw new IllegalArgumentException("noun line " + line + " is not positive");
            }
        }

        /** An entry of the bundled lexicon. */
        public Entry(List<String> words, String code, int line) {
            this(words, code, NOUNS_FILE, line);
        }

        /** Where the entry was read, "file:line", for the evidence of events. */
        public String location() {
            return source + ":" + line;
        }
    }

    /** A noun read as an event: the trigger tokens (modifiers and head) and the entry. */
    public record Reading(int noun, List<Integer> trigger, Entry entry) {
        public Reading {
            trigger = List.copyOf(trigger);
        }
    }

    private final List<Entry> entries;
    private final Map<String, List<Entry>> byHead;

    public NounCoder(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, List<Entry>> map = new HashMap<>();
        for (Entry e : this.entries) {
            map.computeIfAbsent(e.words().get(e.words().size() - 1), k -> new ArrayList<>())
                    .add(e);
        }
        // A stable sort: of two phrases of one length, the earlier entry stays first and wins.
        map.values()
                .forEach(l -> l.sort(
                        (a, b) -> Integer.compare(b.words().size(), a.words().size())));
        this.byHead = map;
    }

    public static NounCoder loadBundled() {
        return loadBundled(BundledWords.ENGLISH);
    }

    /** The event nouns of {@code words}' language. */
    public static NounCoder loadBundled(BundledWords words) {
        return new NounCoder(parse(Resources.read(words.path(NOUNS))));
    }

    /**
     * A coder with {@code first} (say, a user's own phrases) before this one's entries, so they
     * win for the same phrase; longer phrases still win first.
     */
    public NounCoder withEntries(List<Entry> first) {
        List<Entry> all = new ArrayList<>(first);
        all.addAll(entries);
        return new NounCoder(all);
    }

    /** Parses "noun phrase TAB code" lines; malformed lines are skipped. */
    public static List<Entry> parse(String text) {
        List<Entry> out = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String[] f = line.split("\t");
            if (line.isEmpty()
                    || line.startsWith("#")
                    || f.length != 2
                    || f[0].isBlank()
                    || !(f[1].strip().matches("\\d{2,4}") || f[1].strip().equals(NULL_CODE))) {
                continue;
            }
            List<String> words = List.of(f[0].strip().toLowerCase(Locale.ROOT).split("\\s+"));
            out.add(new Entry(words, f[1].strip(), i + 1));
        }
        return out;
    }

    public Optional<Reading> read(DependencyTree tree, int n) {
        if (!tree.token(n).isNoun() || tree.token(n).isProperNoun()) {
            return Optional.empty();
        }
        for (Entry e : byHead.getOrDefault(lower(tree.token(n).lemma()), List.of())) {
            int first = n - e.words().size() + 1;
            if (first >= 0 && wordsAt(tree, e.words(), first)) {
                if (e.code().equals(NULL_CODE)) {
                    return Optional.empty();
                }
                List<Integer> trigger = new ArrayList<>();
                for (int t = first; t <= n; t++) {
                    trigger.add(t);
                }
                return Optional.of(new Reading(n, trigger, e));
            }
        }
        return Optional.empty();
    }

    private static boolean wordsAt(DependencyTree tree, List<String> words, int first) {
        for (int k = 0; k < words.size(); k++) {
            String lemma = lower(tree.token(first + k).lemma());
            String word = lower(tree.token(first + k).word());
            if (!words.get(k).equals(lemma) && !words.get(k).equals(word)) {
                return false;
            }
        }
        return true;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
