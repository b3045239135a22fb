package org.dyad.coding.cameo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dyad.coding.cameo.internal.CodeSpec;

/**
 * One pattern line of a verb block ({@code - before * after [code:paired] # comment}): the
 * elements left and right of the verb, the code it gives (empty for the null code {@code ---}),
 * and the paired code after {@code :}, which TABARI and PETRARCH use for the reciprocal event
 * (target acting on source, e.g. the host in {@code VISIT [042:043]}).
 */
public record VerbPattern(
        List<PatternElement> before,
        List<PatternElement> after,
        Optional<String> code,
        Optional<String> pairedCode,
        String comment,
        int line) {

    public VerbPattern {
        before = List.copyOf(before);
        after = List.copyOf(after);
        CodeSpec.require(Objects.requireNonNull(code, "code"), "pattern code");
        CodeSpec.require(Objects.requireNonNull(pairedCode, "pairedCode"), "paired code");
        Objects.requireNonNull(comment, "comment");
        if (line < 1) {
            throw new IllegalArgumentException("pattern line " + line + " is not positive");
        }
    }

    /** The number of concrete words the pattern requires: higher is more specific. */
    public int weight() {
        return before.stream().mapToInt(PatternElement::weight).sum()
                + after.stream().mapToInt(PatternElement::weight).sum();
    }
}
