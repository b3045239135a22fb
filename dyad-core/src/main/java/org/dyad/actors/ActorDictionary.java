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

    /**
     * This dictionary without the phrases {@code newer} has, followed by {@code newer}'s entries:
     * for its names, the newer record is the whole record (an entry left with no phrase goes).
     */
    public ActorDictionary overriddenBy(ActorDictionary newer) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        newer.entries.forEach(e -> e.phrases().forEach(p -> taken.add(key(p))));
        List<ActorEntry> kept = new ArrayList<>();
        for (ActorEntry e : entries) {
            List<String> left =
                    e.phrases().stream().filter(p -> !taken.contains(key(p))).toList();
            if (left.size() == e.phrases().size()) {
                kept.add(e);
            } else if (!left.isEmpty()) {
                kept.add(new ActorEntry(e.name(), left, e.codes(), e.source(), e.patron()));
            }
        }
        kept.addAll(newer.entries);
        List<String> allDiagnostics = new ArrayList<>(diagnostics);
        allDiagnostics.addAll(newer.diagnostics);
        return new ActorDictionary(kept, allDiagnostics);
    }

    /** A phrase as the files write it, in one form: "Barack_Obama_" and "BARACK OBAMA" are one name. */
    private static String key(String phrase) {
        return phrase.replace('_', ' ').strip().toUpperCase(java.util.Locale.ROOT);
    }

    public int size() {
        return entries.size();
    }
}
