package org.dyad.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A small lexicon file of "word value" lines (value optional), '#' comments and blank lines
 * ignored; words are matched lower-case. Used for dyad's own closed word classes (patron
 * participles, reporting verbs, embedding verbs) so that code never carries word lists.
 */
public final class WordTable {
    private final String name;
    private final Map<String, String> entries;

    private WordTable(String name, Map<String, String> entries) {
        this.name = name;
        this.entries = entries;
    }

    public static WordTable parse(String name, String text) {
        Map<String, String> entries = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (String raw : lines) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            entries.put(parts[0].toLowerCase(Locale.ROOT), parts.length > 1 ? parts[1].strip() : "");
        }
        return new WordTable(name, entries);
    }

    public static WordTable load(String resource) {
        return parse(resource.substring(resource.lastIndexOf('/') + 1), Resources.read(resource));
    }

    public boolean contains(String word) {
        return entries.containsKey(word.toLowerCase(Locale.ROOT));
    }

    public Optional<String> value(String word) {
        return Optional.ofNullable(entries.get(word.toLowerCase(Locale.ROOT)));
    }

    public List<String> words() {
        return new ArrayList<>(entries.keySet());
    }

    public String name() {
        return name;
    }
}
