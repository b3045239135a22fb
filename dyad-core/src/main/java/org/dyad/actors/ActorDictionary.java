package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.OneLine;

/**
 * The actors read from one or more Phoenix actor files, in file order, with the problems met
 * while reading them ("Phoenix.Countries.actors.txt:31715: ...") for whoever maintains the data.
 */
public record ActorDictionary(List<ActorEntry> entries, List<String> diagnostics) {
    public ActorDictionary {
        entries = List.copyOf(entries);
        diagnostics = OneLine.all(diagnostics);
    }

    public static ActorDictionary empty() {
        return new ActorDictionary(List.of(), List.of());
    }

    /** This dictionary's entries followed by {@code other}'s, and both lists of diagnostics. */
    public ActorDictionary merge(ActorDictionary other) {
        List<ActorEntry> allEntries = new ArrayList<>(entries);
        allEntries.addAll(other.entries);
        List<String> allDiagnostics = new ArrayList<>(diagnostics);
        allDiagnostics.addAll(other.diagnostics);
        return new ActorDictionary(allEntries, allDiagnostics);
    }

    public int size() {
        return entries.size();
    }
}
