package org.dyad.coding.cameo;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.coding.cameo.internal.ParsedVerbFile;
import org.dyad.coding.cameo.internal.VerbFileParser;

/**
 * Reads PETRARCH-format CAMEO verb dictionaries (dictionaries.rst): synsets, verb blocks with
 * their verbs and patterns, and transformations. Malformed lines never throw: each is skipped
 * and reported in {@link VerbDictionary#diagnostics()} as {@code name:line: why}.
 */
public final class VerbDictionaryReader {

    private VerbDictionaryReader() {
    }

    /**
     * Reads one dictionary file; {@code name} names it in diagnostics and the version. The caller
     * keeps ownership of {@code in}.
     *
     * @throws java.io.UncheckedIOException if {@code in} fails
     */
    public static VerbDictionary read(String name, Reader in) {
        ParsedVerbFile file = VerbFileParser.parse(name, in, Map.of());
        return new VerbDictionary(version(name, file), file.blocks(), file.synsets(),
                file.transformations(), file.diagnostics());
    }

    /**
     * Reads a further file (say, a user's own verbs) on top of {@code base}: its patterns may use
     * {@code base}'s synsets, and the result holds {@code base}'s blocks, transformations and
     * diagnostics followed by the new file's. A synset defined again gains the new phrases.
     *
     * @throws java.io.UncheckedIOException if {@code in} fails
     */
    public static VerbDictionary read(VerbDictionary base, String name, Reader in) {
        ParsedVerbFile file = VerbFileParser.parse(name, in, base.synsets());
        Map<String, List<List<String>>> synsets = new LinkedHashMap<>(base.synsets());
        synsets.putAll(file.synsets());
        return new VerbDictionary(base.version() + "; " + version(name, file),
                concat(base.blocks(), file.blocks()), synsets,
                concat(base.transformations(), file.transformations()),
                concat(base.diagnostics(), file.diagnostics()));
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
