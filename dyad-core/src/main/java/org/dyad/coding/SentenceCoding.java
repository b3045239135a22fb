package org.dyad.coding;

import java.util.List;
import org.dyad.model.Event;

/** The events of one sentence and why each of its verbs did or did not give one. */
public record SentenceCoding(List<Event> events, List<Decision> decisions) {
    public SentenceCoding {
        events = List.copyOf(events);
        decisions = List.copyOf(decisions);
    }
}
