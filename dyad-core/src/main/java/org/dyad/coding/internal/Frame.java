package org.dyad.coding.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Status;

/**
 * A coded predicate before its roles are resolved to actors: the CAMEO code, the trigger
 * tokens, where the source and target candidates are, and how it was decided; {@code nominal}
 * for an event named by a noun, {@code mutual} when the source token names all its parties;
 * {@code fallbackSource} is tried when the source token names no actor.
 */
record Frame(
        String code,
        List<Integer> trigger,
        Optional<Integer> source,
        List<Integer> targets,
        Status status,
        boolean patternMatched,
        String rule,
        List<String> entries,
        boolean nominal,
        boolean mutual,
        Optional<Integer> fallbackSource) {

    Frame(
            String code,
            List<Integer> trigger,
            Optional<Integer> source,
            List<Integer> targets,
            Status status,
            boolean patternMatched,
            String rule,
            List<String> entries,
            boolean nominal,
            boolean mutual) {
        this(code, trigger, source, targets, status, patternMatched, rule, entries, nominal, mutual, Optional.empty());
    }

    Frame(
            String code,
            List<Integer> trigger,
            Optional<Integer> source,
            List<Integer> targets,
            Status status,
            boolean patternMatched,
            String rule,
            List<String> entries) {
        this(code, trigger, source, targets, status, patternMatched, rule, entries, false, false);
    }

    Frame {
        trigger = List.copyOf(trigger);
        targets = List.copyOf(targets);
        entries = List.copyOf(entries);
    }

    Frame withTargets(List<Integer> more) {
        List<Integer> all = new ArrayList<>(targets);
        more.stream().filter(t -> !all.contains(t)).forEach(all::add);
        return new Frame(
                code, trigger, source, all, status, patternMatched, rule, entries, nominal, mutual, fallbackSource);
    }

    /** The same frame, trying {@code other} as source when the source token names no actor. */
    Frame withFallbackSource(Optional<Integer> other) {
        return new Frame(code, trigger, source, targets, status, patternMatched, rule, entries, nominal, mutual, other);
    }
}
