package org.dyad.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one rule file holds: its selectors, the word classes it defines, and the lines it could not read. */
public record RuleFile(
        String name, List<Selector> selectors, Map<String, Set<String>> classes, List<String> diagnostics) {
    public RuleFile {
        selectors = List.copyOf(selectors);
        classes = Map.copyOf(classes);
        diagnostics = List.copyOf(diagnostics);
    }
}
