package org.dyad.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.ActorMention;
import org.dyad.model.UnknownActor;

/**
 * A tally of the mentions of actors that no dictionary knows, so that a user can add the
 * frequent ones to a dictionary of their own. The recogniser marks such a mention with an evidence string
 * {@value #EVIDENCE} followed by the name it read ("new actor: Suheil al-Hassan"); names are
 * compared ignoring case and spacing. Not thread-safe: feed it from one thread.
 */
public final class UnknownActors {
    /** How the recogniser's evidence of a mention starts when no dictionary knows the actor. */
    public static final String EVIDENCE = "new actor: ";

    private final Map<String, Tally> byName = new LinkedHashMap<>();

    /** The first mention of a name and how many there were. */
    private static final class Tally {
        final String name;
        final ActorMention first;
        int count;

        Tally(String name, ActorMention first) {
            this.name = name;
            this.first = first;
        }
    }

    /** The name the recogniser read for an actor no dictionary knows; empty for a known actor. */
    public static Optional<String> nameOf(ActorMention mention) {
        return mention.evidence().stream()
                .filter(e -> e.startsWith(EVIDENCE))
                .map(e -> e.substring(EVIDENCE.length()).strip())
                .filter(n -> !n.isEmpty())
                .findFirst();
    }

    /** Counts {@code mention} if no dictionary knows its actor. */
    public void add(ActorMention mention) {
        nameOf(mention)
                .ifPresent(name -> byName.computeIfAbsent(
                                key(name), k -> new Tally(name.replaceAll("\\s+", " "), mention))
                        .count++);
    }

    public void addAll(Iterable<ActorMention> mentions) {
        mentions.forEach(this::add);
    }

    /** The actors counted, the most mentioned first, then in the order they were first met. */
    public List<UnknownActor> ranked() {
        List<UnknownActor> out = new ArrayList<>();
        for (Tally t : byName.values()) {
            var a = t.first.actor();
            out.add(new UnknownActor(t.name, t.count, a.code(), a.country(), a.agent(), a.kind(), t.first.text()));
        }
        out.sort(Comparator.comparingInt(UnknownActor::count).reversed()); // stable: first met first among equals
        return out;
    }

    private static String key(String name) {
        return name.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
