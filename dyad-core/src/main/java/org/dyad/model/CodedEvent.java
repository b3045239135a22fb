package org.dyad.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An event as the coder leaves it, before the qualify stage says who reports it and when and
 * where it happened: what happened, between whom, with what status, and the tokens the qualify
 * stage reads from ({@code triggerTokens}, the trigger's head first, and {@code anchor}, the word
 * whose clause is reported). {@code attributable} is false where the coder already made the
 * reporter a party (a demand read from "X said Y must").
 */
public record CodedEvent(
        Sentence sentence,
        Trigger trigger,
        List<Integer> triggerTokens,
        int anchor,
        Optional<ActorMention> source,
        Optional<ActorMention> target,
        boolean symmetric,
        EventCode code,
        Status status,
        boolean negated,
        boolean attributable,
        boolean patternMatched,
        String rule,
        List<String> entries) {
    public CodedEvent {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(trigger, "trigger");
        triggerTokens = List.copyOf(triggerTokens);
        if (triggerTokens.isEmpty()) {
            throw new IllegalArgumentException("a coded event needs its trigger's tokens");
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(rule, "rule");
        entries = List.copyOf(entries);
    }
}
