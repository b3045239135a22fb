package org.dyad.coding.cameo;

import java.util.Objects;

/**
 * One verb transformation line ({@code ~ a (a b ATTACK) SAY = a b 015}): when the upper verb
 * (SAY) has the upper source and, as its complement, an event of the lower verb (ATTACK) with the
 * lower source and target, code instead the result source, target and code. Actor variables are
 * letters, {@code .} (an unspecified actor) or {@code _} (no actor); verbs and the result code may
 * be {@code Q}, any verb. Read now for later use; nothing applies them yet.
 */
public record Transformation(
        String upperSource,
        String lowerSource,
        String lowerTarget,
        String lowerVerb,
        String upperVerb,
        String resultSource,
        String resultTarget,
        String resultCode,
        int line) {

    public Transformation {
        Objects.requireNonNull(upperSource, "upperSource");
        Objects.requireNonNull(lowerSource, "lowerSource");
        Objects.requireNonNull(lowerTarget, "lowerTarget");
        Objects.requireNonNull(lowerVerb, "lowerVerb");
        Objects.requireNonNull(upperVerb, "upperVerb");
        Objects.requireNonNull(resultSource, "resultSource");
        Objects.requireNonNull(resultTarget, "resultTarget");
        Objects.requireNonNull(resultCode, "resultCode");
        if (line < 1) {
            throw new IllegalArgumentException("transformation line " + line + " is not positive");
        }
    }
}
