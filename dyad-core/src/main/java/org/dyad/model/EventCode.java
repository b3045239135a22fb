package org.dyad.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What kind of event it is: a CAMEO code with its name, root, Goldstein weight and quad class,
 * and the PLOVER type it maps to (empty for roots 01 and 02, which PLOVER has no type for).
 */
public record EventCode(String cameo, String name, double goldstein, int quadClass, Optional<Plover> plover) {
    public EventCode {
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(plover, "plover");
        if (!cameo.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("CAMEO code '" + cameo + "' is not 2 to 4 digits");
        }
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("quad class " + quadClass + " is not 1-4");
        }
        if (goldstein < -10 || goldstein > 10) {
            throw new IllegalArgumentException("Goldstein weight " + goldstein + " is outside -10..10");
        }
    }

    public String root() {
        return cameo.substring(0, 2);
    }
}
