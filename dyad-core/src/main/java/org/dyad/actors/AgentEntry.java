package org.dyad.actors;

import java.util.List;
import java.util.Objects;

/**
 * One word sequence of the Phoenix agents dictionary with its CAMEO agent code: "FOREIGN
 * MINISTERS" gives code "GOV". {@code prefix} is true for codes written {@code NGO~}, which go
 * before the actor's code, false for {@code ~GOV}, which go after it. Plurals and substitution
 * sets are already expanded: each form is its own entry, all with the source "file:line".
 */
public record AgentEntry(List<String> words, String code, boolean prefix, String source) {
    public AgentEntry {
        words = List.copyOf(words);
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "source");
        if (words.isEmpty() || words.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("agent words " + words + " at " + source + " are empty or blank");
        }
        if (code.isEmpty() || !code.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
            throw new IllegalArgumentException("agent code '" + code + "' at " + source + " is not letters and digits");
        }
    }

    /** The code as the dictionary writes it: "NGO~" for a prefix, "~GOV" otherwise. */
    public String rendered() {
        return prefix ? code + "~" : "~" + code;
    }
}
