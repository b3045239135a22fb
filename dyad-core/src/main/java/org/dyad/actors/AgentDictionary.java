package org.dyad.actors;

import java.util.List;

/** The agent forms read from a Phoenix agents file, in file order, with the problems met reading it. */
public record AgentDictionary(List<AgentEntry> entries, List<String> diagnostics) {
    public AgentDictionary {
        entries = List.copyOf(entries);
        diagnostics = List.copyOf(diagnostics);
    }

    public int size() {
        return entries.size();
    }
}
