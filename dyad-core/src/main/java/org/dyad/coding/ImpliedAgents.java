package org.dyad.coding;

import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.ActorMention;
import org.dyad.model.EventCode;

/**
 * The agent a state named alone acts through, as event data codes it: "Israel strikes" is
 * Israel's military, "Israel condemns" its government; the people a state's attack hits are its
 * civilians ("Russia attacks Ukraine, killing ten" hits Ukraine's people), what it demands of a
 * state is demanded of its government. Only a bare state gets one (no agent, its code its
 * country). Its code stays what the text named; the agent field carries the implied role, and
 * the event's entries say it is implied by the act.
 */
final class ImpliedAgents {
    private ImpliedAgents() {}

    static final String EVIDENCE = "agent implied by the act: ";

    static Optional<ActorMention> source(Optional<ActorMention> m, EventCode code) {
        return force(code)
                ? with(m, "MIL", "source MIL: a state uses force through its military")
                : with(m, "GOV", "source GOV: a state acts through its government");
    }

    static Optional<ActorMention> target(Optional<ActorMention> m, EventCode code) {
        String root = root(code);
        if (root.equals("14") || root.equals("17")) {
            return m; // protests and arrests name whom they are at, or the coder implied it
        }
        return violence(code)
                ? with(m, "CVL", "target CVL: violence against a state hits its people")
                : with(m, "GOV", "target GOV: an act towards a state is towards its government");
    }

    private static Optional<ActorMention> with(Optional<ActorMention> m, String agent, String why) {
        if (m.isEmpty()) {
            return m;
        }
        Actor a = m.get().actor();
        if (a.agent().map(MILITANT_CLASS::equals).orElse(false) && a.code().startsWith(MILITANT_CLASS)) {
            // An international militarized group (IMGMUSISI) acts as an armed group: its code keeps
            // the class, its agent says what it does.
            return Optional.of(withAgent(m.get(), "REB", "an international militarized group acts as an armed group"));
        }
        boolean ownCountry = m.get().evidence().contains(EventFactory.OWN_COUNTRY);
        boolean bareState = a.kind() == ActorKind.STATE
                && !ownCountry
                && a.agent().isEmpty()
                && a.country().map(a.code()::equals).orElse(false);
        if (!bareState) {
            return m;
        }
        return Optional.of(withAgent(m.get(), agent, why));
    }

    /** The CAMEO class of international militarized groups, which is also their agent in the dictionaries. */
    private static final String MILITANT_CLASS = "IMG";

    private static ActorMention withAgent(ActorMention x, String agent, String why) {
        Actor a = x.actor();
        // The code stays what the text named (ISR); the agent is the role the act implies.
        Actor implied = new Actor(a.name(), a.code(), a.country(), Optional.of(agent), a.patron(), a.kind());
        return x.withActor(implied, EVIDENCE + why);
    }

    private static String root(EventCode code) {
        return code.cameo().length() >= 2 ? code.cameo().substring(0, 2) : "";
    }

    /** Force postures and violence (roots 15, 18-20). */
    private static boolean force(EventCode code) {
        return root(code).equals("15") || violence(code);
    }

    private static boolean violence(EventCode code) {
        String r = root(code);
        return r.equals("18") || r.equals("19") || r.equals("20");
    }
}
