package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A user's own dictionary files as read: the actors of their actor files (simple or Phoenix
 * format) and the agents of their Phoenix agents files, each in file order with its diagnostics.
 */
public record UserDictionary(ActorDictionary actors, AgentDictionary agents) {
    public UserDictionary {
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(agents, "agents");
    }

    public static UserDictionary empty() {
        return new UserDictionary(ActorDictionary.empty(), new AgentDictionary(List.of(), List.of()));
    }

    /** This dictionary's actors and agents followed by {@code later}'s, which win a phrase both give. */
    public UserDictionary merge(UserDictionary later) {
        return new UserDictionary(actors.merge(later.actors), agents.merge(later.agents));
    }

    /** The problems met reading the actor files, then those of the agents files, "file:line: why". */
    public List<String> diagnostics() {
        List<String> all = new ArrayList<>(actors.diagnostics());
        all.addAll(agents.diagnostics());
        return List.copyOf(all);
    }
}
