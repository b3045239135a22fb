package org.dyad.coding.cameo;

import java.util.Objects;
import org.dyad.coding.cameo.internal.CodeSpec;

/**
 * What the code tables say about one CAMEO code: its name, Goldstein weight (-10 to +10) and
 * quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 * conflict, by root as the contract defines it).
 */
public record CodeInfo(String code, String name, double goldstein, int quadClass) {
    public CodeInfo {
        Objects.requireNonNull(code, "code");
        if (!CodeSpec.isCode(code)) {
            throw new IllegalArgumentException("CAMEO code '" + code + "' is not 2 to 4 digits");
        }
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("CAMEO code " + code + " has a blank name");
        }
        if (goldstein < -10 || goldstein > 10) {
            throw new IllegalArgumentException("Goldstein weight " + goldstein + " of " + code + " is outside -10..10");
        }
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("quad class " + quadClass + " of " + code + " is not 1-4");
        }
    }

    /** The two-digit root, e.g. "19" for "195". */
    public String root() {
        return code.substring(0, 2);
    }
}
