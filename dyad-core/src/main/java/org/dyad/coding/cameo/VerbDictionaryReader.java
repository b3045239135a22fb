package org.dyad.coding.cameo;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.dyad.coding.cameo.internal.ParsedVerbFile;
import org.dyad.coding.cameo.internal.VerbFileParser;

/**
 * Reads PETRARCH-format CAMEO verb dictionaries (dictionaries.rst): synsets, and verb blocks with
 * their verbs and patterns. PETRARCH's verb transformations ({@code ~} lines) are read past
 * without a diagnostic, as dyad does not use them (docs/patterns.md). Malformed lines never throw:
 * each is skipped and reported in {@link VerbDictionary#diagnostics()} as {@code name:line: why}.
 */
public final class VerbDictionaryReader {

    private VerbDictionaryReader() {}

    /**
     * Reads one dictionary file; {@code name} names it in diagnostics and the version. The caller
     * keeps ownership of {@code in}.
     *
     * @throws java.io.UncheckedIOException if {@code in} fails
     */
    public static VerbDictionary read(String name, Reader in) {
        ParsedVerbFile file = VerbFileParser.parse(name, in, Map.of());
        return new VerbDictionary(version(name, file), file.blocks(), file.synsets(), file.diagnostics());
    }

    /**
     * Reads a further file (say, a user's own verbs) on top of {@code base}: its patterns may use
     * {@code base}'s synsets, and the result holds {@code base}'s blocks and diagnostics followed
     * by the new file's. A synset defined again gains the new phrases. The new entries come after
     * {@code base}'s in {@link VerbDictionary#entriesFor}, so where both have a
     * verb, {@code base}'s entry gives its code when no pattern matches ({@link VerbDictionary#preferring}
     * puts them first instead); between equally specific patterns the new file's wins
     * ({@link VerbDictionary#fromLaterFile}).
     *
     * @throws java.io.UncheckedIOException if {@code in} fails
     */
    public static VerbDictionary read(VerbDictionary base, String name, Reader in) {
        return read(base, name, in, IntUnaryOperator.identity());
    }

    /**
     * As {@link #read(VerbDictionary, String, Reader)}, for text translated into this format from
     * another file (say, a user's simple pattern lines): {@code lineOf} turns a line of {@code in}
     * into the line of that file, which diagnostics, verbs and patterns then name. Entries that
     * {@code base} prefers ({@link VerbDictionary#preferring}) stay first.
     *
     * @throws java.io.UncheckedIOException if {@code in} fails
     */
    public static VerbDictionary read(VerbDictionary base, String name, Reader in, IntUnaryOperator lineOf) {
        ParsedVerbFile file = VerbFileParser.parse(name, in, base.synsets(), lineOf);
        Map<String, List<List<String>>> synsets = new LinkedHashMap<>(base.synsets());
        synsets.putAll(file.synsets());
        return new VerbDictionary(
                base.version() + "; " + version(name, file),
                concat(base.blocks(), file.blocks()),
                synsets,
                concat(base.diagnostics(), file.diagnostics()),
                base.preferred());
    }

    private static String version(String name, ParsedVerbFile file) {
        return file.lastUpdate().map(date -> name + " " + date).orElse(name);
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
