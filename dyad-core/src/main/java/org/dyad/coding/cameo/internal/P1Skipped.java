package org.dyad.coding.cameo.internal;

import java.util.Objects;
import org.dyad.coding.cameo.Petrarch1Construct;

/** Why a line of a PETRARCH-1 verb file is skipped, and which construct that counts as. */
public final class P1Skipped extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Petrarch1Construct construct;

    public P1Skipped(Petrarch1Construct construct, String why) {
        super(why, null, false, false); // an expected problem, reported as "file:line: why"
        this.construct = Objects.requireNonNull(construct, "construct");
    }

    public Petrarch1Construct construct() {
        return construct;
    }
}
