package org.dyad.actors;

import java.util.List;

/**
 * UniversalPetrarch's Spanish actor and agent dictionaries (dictionaries/es/SOURCES.md), read in
 * their native PETRARCH formats by the readers of the English ones: the files its configuration
 * named, with the Colombian actors its newest validation files add.
 */
public final class SpanishDictionaries {
    /** The class-path folder of the bundled Spanish dictionaries. */
    public static final String DIR = "/dyad/dictionaries/es/";
    /** The Spanish actor files, read in this order. */
    public static final List<String> ACTOR_FILES = List.of("actors_unified_181220.txt", "actors_COL.txt");
    /** The Spanish agents file. */
    public static final String AGENT_FILE = "agents_181220.txt";

    private SpanishDictionaries() {}

    /** The Spanish actors, with the problems met reading them. */
    public static ActorDictionary actors() {
        PhoenixActorReader reader = new PhoenixActorReader();
        ActorDictionary actors = ActorDictionary.empty();
        for (String file : ACTOR_FILES) {
            actors = actors.merge(reader.readResource(DIR + file));
        }
        return actors;
    }

    /** dyad's Spanish agents, read before UniversalPetrarch's so that they win for their phrases. */
    public static final String DYAD_AGENT_FILE = "dyad.agents-es.txt";

    /** The Spanish agents (dyad's, then UniversalPetrarch's), with the problems met reading them. */
    public static AgentDictionary agents() {
        AgentDictionaryReader reader = new AgentDictionaryReader();
        return reader.readResource(DIR + DYAD_AGENT_FILE).merge(reader.readResource(DIR + AGENT_FILE));
    }
}
