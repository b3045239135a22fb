package org.dyad.rules;

import java.util.List;

/** A path through the dependency tree: steps applied one after the other to a list of tokens. */
record Path(List<Step> steps) {
    Path {
        steps = List.copyOf(steps);
    }

    /** The path that leaves the tokens as they are. */
    static final Path SELF = new Path(List.of());
}
