package org.dyad.actors;

import java.util.List;
import org.dyad.model.OneLine;

/** The agent forms read from a Phoenix agents file, in file order, with the problems met reading it. */
public record AgentDictionary(List<AgentEntry> entries, List<String> diagnostics) {
    public AgentDictionary {
        entries = List.copyOf(entries);
        diagnostics = OneLine.all(diagnostics);
    }

    public int size() {
        return entries.size();
    }

    /** This dictionary followed by {@code later}'s entries and diagnostics. */
    public AgentDictionary merge(AgentDictionary later) {
        java.util.List<AgentEntry> all = new java.util.ArrayList<>(entries);
        all.addAll(later.entries());
        java.util.List<String> notes = new java.util.ArrayList<>(diagnostics);
        notes.addAll(later.diagnostics());
        return new AgentDictionary(all, notes);
    }
}
