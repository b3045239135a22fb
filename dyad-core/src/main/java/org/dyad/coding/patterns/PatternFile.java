package org.dyad.coding.patterns;

import java.util.List;
import java.util.Objects;
import org.dyad.coding.NounCoder;
import org.dyad.coding.cameo.VerbDictionary;
import org.dyad.coding.cameo.VerbEntry;
import org.dyad.model.OneLine;

/**
 * One of a user's pattern files, read: {@code verbs} is the dictionary it was read over with the
 * file's verbs read after it; {@code preferred} the file's verbs that state a code, which should
 * come before the other entries of their verb ({@link VerbDictionary#preferring}); {@code nouns}
 * its event nouns in file order; {@code diagnostics} its unreadable lines, "file:line: why".
 */
public record PatternFile(
        String name,
        VerbDictionary verbs,
        List<VerbEntry> preferred,
        List<NounCoder.Entry> nouns,
        List<String> diagnostics) {
    public PatternFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(verbs, "verbs");
        preferred = List.copyOf(preferred);
        nouns = List.copyOf(nouns);
        diagnostics = OneLine.all(diagnostics);
    }
}
