package org.dyad.store;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** What an imported event is: CAMEO code and root, quad class (1-4), Goldstein weight, PLOVER type. */
public record ImportedCode(
        Optional<String> cameo,
        Optional<String> cameoRoot,
        OptionalInt quadClass,
        OptionalDouble goldstein,
        Optional<String> ploverType) {

    public ImportedCode {
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(cameoRoot, "cameoRoot");
        Objects.requireNonNull(quadClass, "quadClass");
        Objects.requireNonNull(goldstein, "goldstein");
        Objects.requireNonNull(ploverType, "ploverType");
        if (quadClass.isPresent() && (quadClass.getAsInt() < 1 || quadClass.getAsInt() > 4)) {
            throw new IllegalArgumentException("quad class " + quadClass.getAsInt() + " is not 1-4");
        }
        if (goldstein.isPresent() && !(goldstein.getAsDouble() >= -10 && goldstein.getAsDouble() <= 10)) {
            throw new IllegalArgumentException("Goldstein weight " + goldstein.getAsDouble() + " is outside -10..10");
        }
    }
}
