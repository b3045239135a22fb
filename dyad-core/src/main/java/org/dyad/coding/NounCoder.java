package org.dyad.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.lexicon.Resources;
import org.dyad.nlp.DependencyTree;

/**
 * Reads nouns that name events ("clashes", "Israeli air strikes", "a car bombing") against a
 * lexicon of noun phrases and their CAMEO codes; the longest phrase ending in the noun wins.
 */
public final class NounCoder {
    public static final String NOUNS = "dyad/lexicon/event-nouns.tsv";

    /** A noun phrase of the lexicon, its code and line. */
    public record Entry(List<String> words, String code, int line) {
        public Entry {
            words = List.copyOf(words);
        }
    }

    /** A noun read as an event: the trigger tokens (modifiers and head) and the entry. */
    public record Reading(int noun, List<Integer> trigger, Entry entry) {
        public Reading {
            trigger = List.copyOf(trigger);
        }
    }

    private final Map<String, List<Entry>> byHead;

    public NounCoder(List<Entry> entries) {
        Map<String, List<Entry>> map = new HashMap<>();
        for (Entry e : entries) {
            map.computeIfAbsent(e.words().get(e.words().size() - 1), k -> new ArrayList<>()).add(e);
        }
        map.values().forEach(l -> l.sort((a, b) -> Integer.compare(b.words().size(), a.words().size())));
        this.byHead = map;
    }

    public static NounCoder loadBundled() {
        return new NounCoder(parse(Resources.read(NOUNS)));
    }

    /** Parses "noun phrase TAB code" lines; malformed lines are skipped. */
    public static List<Entry> parse(String text) {
        List<Entry> out = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String[] f = line.split("\t");
            if (line.isEmpty() || line.startsWith("#") || f.length != 2 || !f[1].strip().matches("\\d{2,4}")) {
                continue;
            }
            List<String> words = List.of(f[0].strip().toLowerCase(Locale.ROOT).split("\\s+"));
            out.add(new Entry(words, f[1].strip(), i + 1));
        }
        return out;
    }

    public Optional<Reading> read(DependencyTree tree, int n) {
        if (!tree.token(n).isNoun() || tree.token(n).tag().startsWith("NNP")) {
            return Optional.empty();
        }
        for (Entry e : byHead.getOrDefault(lower(tree.token(n).lemma()), List.of())) {
            int first = n - e.words().size() + 1;
            if (first >= 0 && wordsAt(tree, e.words(), first)) {
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
