package org.dyad.coding.internal;

import java.util.List;
import java.util.Optional;
import org.dyad.coding.CodingParts;
import org.dyad.coding.Decision;
import org.dyad.coding.Decision.Outcome;
import org.dyad.model.ActorMention;
import org.dyad.model.EventCode;
import org.dyad.nlp.DependencyTree;

/**
 * Whether a verb or noun read with its code and parties makes an event, and with which target
 * when the text names none. Event data is dyadic: a statement needs an addressee, aid someone it is
 * given to, cooperation named by a noun someone who cooperates, and every act but those done alone
 * someone it is done to. Where the text names no target, a domestic act ("resigns", "Turkish police
 * detain eleven people") is towards the actor's own country or people.
 */
final class Admission {
    private final CodingParts parts;
    private final DependencyTree tree;

    Admission(CodingParts parts, DependencyTree tree) {
        this.parts = parts;
        this.tree = tree;
    }

    /** The targets, completed, and the code of the event; or why there is none. */
    record Verdict(List<ActorMention> targets, Optional<EventCode> code, Optional<Decision> refusal) {
        static Verdict refused(Decision why) {
            return new Verdict(List.of(), Optional.empty(), Optional.of(why));
        }
    }

    Verdict admit(
            int v, Frame frame, String code, String rule, List<ActorMention> sources, List<ActorMention> targets) {
        if (code.startsWith("01")
                && !isResponsibility(code)
                && (parts.rules().holds("clausal-complement", tree, v) || targets.isEmpty())) {
            return refuse(
                    v,
                    Outcome.STATEMENT,
                    "a statement (" + code + ") is coded only when it has an addressee and no coded complement");
        }
        if (sources.isEmpty()
                && !targets.isEmpty()
                && !frame.nominal()
                && !parts.roles().isPassive(tree, v)) {
            // An active verb whose subject names no actor ("influencing the future of Syria's
            // forces") says too little: only a passive leaves its agent out on purpose.
            return refuse(v, Outcome.NO_ACTORS, "code " + code + " but no actor as source of an active verb; " + rule);
        }
        Optional<EventCode> eventCode = parts.codes().of(code);
        int quad = eventCode.map(EventCode::quadClass).orElse(0);
        if (sources.isEmpty() && frame.nominal() && eventCode.isPresent() && quad <= 2) {
            // "negotiations on a free trade agreement with Israel": cooperation named by a noun
            // with no one named who cooperates is a topic, not an event; an attack with no
            // attacker named still is one.
            return refuse(
                    v, Outcome.NO_ACTORS, "code " + code + " (cooperation) named by a noun with no source; " + rule);
        }
        List<ActorMention> completed = targets;
        if (completed.isEmpty() && code.startsWith("17")) {
            completed = ImplicitRoles.ownPeople(sources); // "Turkish police detain eleven people"
        }
        if (completed.isEmpty() && (code.startsWith("07") || code.equals("080"))) {
            // Aid is given to someone and a concession made to someone: "the FDA approves a drug",
            // "parliament passes a law", "a budget reducing ..." name no one and are no event.
            return refuse(
                    v, Outcome.NO_ACTORS, "code " + code + " (aid or concession) but no one it is given to; " + rule);
        }
        if (completed.isEmpty() && (isDomestic(code, quad) || code.startsWith("035"))) {
            // "resigns", "denies the accusations"; not an appeal, an intent, a visit, a meeting or
            // a cooperation (verbal or material), which have a partner whether named or not, save
            // an intent to yield, as yielding itself ("agreed to resign").
            completed = ImplicitRoles.ownCountry(sources);
        }
        if (sources.isEmpty() && completed.isEmpty()) {
            return refuse(v, Outcome.NO_ACTORS, "code " + code + " but no actor as source or target; " + rule);
        }
        if (code.equals("---")) {
            return refuse(v, Outcome.NULL_CODE, "no event: " + rule);
        }
        if (eventCode.isEmpty()) {
            return refuse(v, Outcome.UNKNOWN_CODE, "code " + code + " is not in the CAMEO tables");
        }
        return new Verdict(completed, eventCode, Optional.empty());
    }

    /**
     * Whether an event of this code needs a target: all but acts an actor does alone (yielding,
     * as resigning or withdrawing; refusing, "will not accept any more refugees"; protesting;
     * showing force; claiming or denying responsibility) and material conflict, whose target the
     * qualify stage may still find where it happened.
     */
    static boolean needsTarget(EventCode code) {
        String root = code.cameo().substring(0, 2);
        return code.quadClass() < 4
                && !List.of("08", "12", "14", "15").contains(root)
                && !isResponsibility(code.cameo());
    }

    /**
     * Claiming or denying responsibility (015, 016: "Israel denies responsibility for the
     * strike", "the group claimed the attack") is said of an act, to no one in particular.
     */
    private static boolean isResponsibility(String code) {
        return code.startsWith("015") || code.startsWith("016");
    }

    /** Material cooperation and verbal conflict but consultation, diplomatic and material cooperation. */
    private static boolean isDomestic(String code, int quad) {
        return quad > 1 && quad < 4 && !code.startsWith("04") && !code.startsWith("05") && !code.startsWith("06");
    }

    private Verdict refuse(int v, Outcome outcome, String detail) {
        return Verdict.refused(new Decision(v, tree.token(v).word(), outcome, detail));
    }
}
