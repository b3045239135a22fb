package org.dyad.coding;

import java.util.List;
import org.dyad.model.CodedEvent;

/** The coded events of one sentence, not yet qualified, and why each of its verbs did or did not give one. */
public record CodedSentence(List<CodedEvent> events, List<Decision> decisions) {
    public CodedSentence {
        events = List.copyOf(events);
        decisions = List.copyOf(decisions);
    }
}
