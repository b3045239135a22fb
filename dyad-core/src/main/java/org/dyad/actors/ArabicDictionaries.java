package org.dyad.actors;

import java.io.StringReader;
import org.dyad.actors.internal.OpenEndDates;
import org.dyad.lexicon.Resources;

/**
 * UniversalPetrarch's Arabic actor and agent dictionaries (dictionaries/ar/SOURCES.md), the files
 * its Arabic configuration named, read in their native PETRARCH formats by the readers of the
 * English ones. Phrases are UDPipe lemmas joined by '_'; they meet tokens through
 * {@link org.dyad.lexicon.WordKeys} (Arabic letters normalised). The one Arabic-specific reading:
 * a date range ending 1800-01-01 is open-ended ({@link OpenEndDates}).
 */
public final class ArabicDictionaries {
    /** The class-path folder of the bundled Arabic dictionaries. */
    public static final String DIR = "/dyad/dictionaries/ar/";
    /** The Arabic actors file. */
    public static final String ACTOR_FILE = "actor_dict_ar_v4.txt";
    /** dyad's corrections to the Arabic actors file, read over it. */
    public static final String DYAD_ACTOR_FILE = "dyad.actors-ar.txt";
    /** The Arabic agents file. */
    public static final String AGENT_FILE = "agents.all.ar_v3.txt";

    private ArabicDictionaries() {}

    /** The Arabic actors, dyad's corrections read over them, with the problems met reading them. */
    public static ActorDictionary actors() {
        OpenEndDates dates = openEndDates();
        PhoenixActorReader reader = new PhoenixActorReader();
        return reader.read(DIR + ACTOR_FILE, new StringReader(String.join("\n", dates.lines())))
                .overriddenBy(reader.readResource(DIR + DYAD_ACTOR_FILE));
    }

    /** How many of the actors' date ranges end 1800-01-01 and were read as open-ended. */
    public static int openEndedRanges() {
        return openEndDates().rewritten();
    }

    /** The Arabic agents, with the problems met reading them. */
    public static AgentDictionary agents() {
        return new AgentDictionaryReader().readResource(DIR + AGENT_FILE);
    }

    private static OpenEndDates openEndDates() {
        return OpenEndDates.rewrite(Resources.read(DIR + ACTOR_FILE).lines().toList());
    }
}
