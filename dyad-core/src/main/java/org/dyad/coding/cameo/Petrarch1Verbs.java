package org.dyad.coding.cameo;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A PETRARCH-1 verb file read into dyad's model: the dictionary (its skipped lines in
 * {@link VerbDictionary#diagnostics()}, "file:line: why") and how often each construct that the
 * model reads approximately or not at all occurred ({@link Petrarch1Construct}; absent means never).
 */
public record Petrarch1Verbs(VerbDictionary dictionary, Map<Petrarch1Construct, Integer> constructs) {
    public Petrarch1Verbs {
        Objects.requireNonNull(dictionary, "dictionary");
        constructs = constructs.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(constructs));
    }

    /** The number of lines (verbs, patterns, block headers) in which {@code construct} occurred. */
    public int count(Petrarch1Construct construct) {
        return constructs.getOrDefault(construct, 0);
    }

    /** The number of patterns read, over all blocks. */
    public int patternCount() {
        return dictionary.blocks().stream().mapToInt(b -> b.patterns().size()).sum();
    }

    /** The number of verb entries read, over all blocks. */
    public int verbCount() {
        return dictionary.blocks().stream().mapToInt(b -> b.verbs().size()).sum();
    }
}
