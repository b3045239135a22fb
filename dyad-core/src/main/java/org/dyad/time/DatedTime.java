package org.dyad.time;

import java.util.List;
import java.util.Optional;
import org.dyad.model.TimeMention;
import org.dyad.model.When;

/**
 * A time mention of a sentence as dating reads it: the tokens it modifies, nearest first (the
 * word it hangs from, then on through a misparse that hid it in a noun phrase), and the date it
 * resolves to; empty for expressions that say how long or how often rather than when ("for three
 * days", "every week").
 */
public record DatedTime(TimeMention mention, List<Integer> path, Optional<When> when) {
    public DatedTime {
        path = List.copyOf(path);
    }
}
