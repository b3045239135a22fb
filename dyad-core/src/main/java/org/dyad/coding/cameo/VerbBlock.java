package org.dyad.coding.cameo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dyad.coding.cameo.internal.CodeSpec;

/**
 * One verb block of the dictionary ({@code --- NAME [CODE] ---}): synonymous verbs and the
 * patterns they share. {@code code} is empty for the null code {@code ---}, which means the
 * isolated verb gives no event; {@code pairedCode} is the part after {@code :}, as in
 * {@code --- VISIT [042:043] ---}. {@code line} is the header's line in its file, and {@code file}
 * names that file ("CAMEO.2.0.txt", a user's "my-patterns.txt") for the evidence of events; a
 * block built by hand has none.
 */
public record VerbBlock(
        String name,
        Optional<String> code,
        List<VerbEntry> verbs,
        List<VerbPattern> patterns,
        int line,
        Optional<String> pairedCode,
        Optional<String> file) {

    public VerbBlock {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("verb block at line " + line + " has a blank name");
        }
        CodeSpec.require(Objects.requireNonNull(code, "code"), "block code");
        verbs = List.copyOf(verbs);
        patterns = List.copyOf(patterns);
        CodeSpec.require(Objects.requireNonNull(pairedCode, "pairedCode"), "block paired code");
        if (line < 1) {
            throw new IllegalArgumentException("block line " + line + " is not positive");
        }
        Objects.requireNonNull(file, "file");
    }

    /** A block of no named file. */
    public VerbBlock(
            String name,
            Optional<String> code,
            List<VerbEntry> verbs,
            List<VerbPattern> patterns,
            int line,
            Optional<String> pairedCode) {
        this(name, code, verbs, patterns, line, pairedCode, Optional.empty());
    }

    /** A block without a paired code, of no named file. */
    public VerbBlock(String name, Optional<String> code, List<VerbEntry> verbs, List<VerbPattern> patterns, int line) {
        this(name, code, verbs, patterns, line, Optional.empty(), Optional.empty());
    }
}
