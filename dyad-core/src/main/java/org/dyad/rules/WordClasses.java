package org.dyad.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.lexicon.BundledWords;
import org.dyad.lexicon.Resources;
import org.dyad.lexicon.WordTable;

/**
 * Named word classes for the rule language: {@code @target_prepositions} is the set of words its
 * line in {@code dyad/lexicon/word-classes.txt} lists, each class defined once. A lexicon table
 * gives classes too: {@code @modality.future} is every word the table {@code modality.txt} gives
 * the value {@code future}, {@code @modality} every word it lists. Words are compared in lower case.
 */
public final class WordClasses {
    /** The bundled word classes. */
    public static final String BUNDLED = "dyad/lexicon/word-classes.txt";

    private final Map<String, Set<String>> classes;
    private final Map<String, WordTable> tables;
    private final List<String> diagnostics;

    private WordClasses(Map<String, Set<String>> classes, Map<String, WordTable> tables, List<String> diagnostics) {
        this.classes = classes;
        this.tables = tables;
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** No classes at all. */
    public static WordClasses empty() {
        return new WordClasses(Map.of(), Map.of(), List.of());
    }

    /** The bundled classes, with the lexicon tables the rules refer to by name. */
    public static WordClasses loadBundled(Map<String, WordTable> tables) {
        return loadBundled(tables, BundledWords.ENGLISH);
    }

    /** The bundled classes of {@code words}' language, with the lexicon tables the rules refer to by name. */
    public static WordClasses loadBundled(Map<String, WordTable> tables, BundledWords words) {
        String path = words.path(BUNDLED);
        return parse(path, Resources.read(path), tables);
    }

    /**
     * Reads {@code @name word word ...} lines ({@code #} starts a comment); a class named twice
     * is a diagnostic and keeps its first definition.
     */
    public static WordClasses parse(String file, String text, Map<String, WordTable> tables) {
        Map<String, Set<String>> classes = new LinkedHashMap<>();
        List<String> diagnostics = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = withoutComment(lines[i]);
            if (line.isEmpty()) {
                continue;
            }
            Optional<Definition> d = definition(line);
            if (d.isEmpty()) {
                diagnostics.add(file + ":" + (i + 1) + ": not a word class (want '@name word word ...')");
            } else if (classes.containsKey(d.get().name())) {
                diagnostics.add(file + ":" + (i + 1) + ": word class @"
                        + d.get().name() + " is defined twice; the first definition is used");
            } else {
                classes.put(d.get().name(), d.get().words());
            }
        }
        return new WordClasses(classes, Map.copyOf(tables), diagnostics);
    }

    /** A class as one line of a file defines it. */
    record Definition(String name, Set<String> words) {}

    /** The class a line {@code @name word word} defines, if it is one. */
    static Optional<Definition> definition(String line) {
        String[] f = line.strip().split("\\s+");
        if (f.length < 2 || !f[0].startsWith("@") || !validName(f[0].substring(1))) {
            return Optional.empty();
        }
        Set<String> words = new LinkedHashSet<>();
        for (int i = 1; i < f.length; i++) {
            words.add(f[i].toLowerCase(Locale.ROOT));
        }
        return Optional.of(new Definition(f[0].substring(1), Set.copyOf(words)));
    }

    static boolean validName(String name) {
        return name.matches("[A-Za-z][A-Za-z0-9_.-]*");
    }

    static String withoutComment(String raw) {
        int hash = raw.indexOf('#');
        return (hash >= 0 ? raw.substring(0, hash) : raw).strip();
    }

    /** These classes with {@code overrides} put in place of (or beside) them: a user's rule file redefines a class. */
    WordClasses with(Map<String, Set<String>> overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        Map<String, Set<String>> merged = new LinkedHashMap<>(classes);
        merged.putAll(overrides);
        return new WordClasses(merged, tables, diagnostics);
    }

    /** Whether {@code name} is a class: defined, a known table, or {@code table.value} of one. */
    public boolean defines(String name) {
        if (classes.containsKey(name) || tables.containsKey(name)) {
            return true;
        }
        int dot = name.indexOf('.');
        return dot > 0 && tables.containsKey(name.substring(0, dot));
    }

    /** Whether {@code word} (lower case) is in the class {@code name}; an unknown class holds nothing. */
    public boolean contains(String name, String word) {
        Set<String> words = classes.get(name);
        if (words != null) {
            return words.contains(word);
        }
        WordTable whole = tables.get(name);
        if (whole != null) {
            return whole.contains(word);
        }
        int dot = name.indexOf('.');
        if (dot > 0) {
            WordTable table = tables.get(name.substring(0, dot));
            return table != null
                    && table.value(word).map(name.substring(dot + 1)::equals).orElse(false);
        }
        return false;
    }

    /** The words of a defined class, as written in its definition (empty for a table class). */
    public Set<String> words(String name) {
        return classes.getOrDefault(name, Set.of());
    }

    /** Problems in the bundled file, for its maintainers. */
    public List<String> diagnostics() {
        return diagnostics;
    }
}
