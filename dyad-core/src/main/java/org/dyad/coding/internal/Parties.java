package org.dyad.coding.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.coding.CodingParts;
import org.dyad.model.ActorMention;
import org.dyad.nlp.DependencyTree;

/**
 * The actors a frame's roles stand for: the mentions at its source and target words, a pronoun
 * under a reporting verb taken as the speaker, a second party the parser lost, an addressee only
 * for a statement or an appeal, the subjects of conditions and protest purposes, a state named
 * inside the target phrase; and, where the text names none, the implicit ones: unidentified
 * attackers, protesters, the authorities or the people where it happened, and the protesters or
 * authorities of the story where the sentence names no place.
 */
final class Parties {
    /** How far below a target phrase's head a named state may stand in for it. */
    private static final int DEEP_TARGET_DEPTH = 3;

    private final CodingParts parts;
    private final DependencyTree tree;
    private final MentionIndex mentions;
    private final ImplicitRoles implicit;

    Parties(CodingParts parts, DependencyTree tree, MentionIndex mentions, ImplicitRoles implicit) {
        this.parts = parts;
        this.tree = tree;
        this.mentions = mentions;
        this.implicit = implicit;
    }

    /** A frame's sources (and the word they were found at) and targets. */
    record Found(List<ActorMention> sources, Optional<Integer> sourceToken, List<ActorMention> targets) {}

    Found find(int v, Frame frame, Optional<Integer> reporterSubject) {
        List<ActorMention> sources = doers(resolve(frame.source(), reporterSubject), frame.code());
        if (frame.mutual() && sources.size() == 1) {
            sources = new ArrayList<>(sources);
            sources.addAll(mentions.secondParty(frame.source().orElseThrow())); // the parser lost "and B"
        }
        Optional<Integer> sourceToken = frame.source();
        if (sources.isEmpty()) {
            sources = doers(
                    resolve(frame.fallbackSource(), reporterSubject),
                    frame.code()); // "would tighten the naval blockade": not "naval"
            sourceToken = frame.fallbackSource();
        }
        if (sources.isEmpty() && frame.nominal()) {
            sources = namedByTheirAct(frame);
        }
        if (sources.isEmpty() && Emitter.isViolence(frame.code()) && !mentions.isPronoun(frame.source())) {
            sources = implicit.atPlace(
                    frame.trigger(),
                    "UAF",
                    "unidentified attackers",
                    "implicit source: unidentified attackers where it happened");
        }
        if (sources.isEmpty() && isProtest(frame.code()) && !mentions.isPronoun(frame.source())) {
            // "Anti-Trump protests are held in cities across the United States": its people protest.
            sources = implicit.atPlace(
                    frame.trigger(), "CVL", "protesters", "implicit source: the people where the protest was");
            if (sources.isEmpty()) {
                // "Cientos de personas protestaron frente al Congreso en Lima": the parse ties the
                // place to another phrase, but the sentence's places are all of one country.
                sources = implicit.ofTheSentencesPlaces(
                        "CVL",
                        "protesters",
                        "implicit source: the people of the one country the sentence's places are in");
            }
            if (sources.isEmpty()
                    && parts.rules()
                            .holds("protest-of-its-own", tree, frame.trigger().get(0))) {
                sources = implicit.ofTheStory(
                        frame.trigger().get(0),
                        "CVL",
                        "protesters",
                        "implicit source: a protest no one is named in is its protesters'");
            }
        }
        boolean statement = frame.code().startsWith("01") || frame.code().startsWith("02");
        // A statement or appeal is made to someone: only a direct addressee is its target.
        List<Integer> candidates = statement
                ? frame.targets().stream().filter(this::isAddressee).toList()
                : new ArrayList<>(frame.targets());
        if (!statement) {
            candidates.addAll(clauseTargets(frame));
        }
        if (frame.code().startsWith("11")) {
            // "complained to the UN over Israeli raids": a complaint is against whom it is about;
            // the one it is made to only hears it.
            candidates.sort(java.util.Comparator.comparing(t -> tree.caseMarker(t)
                    .map(m -> parts.rules().wordClasses().contains("function-words.to", m))
                    .orElse(false)));
        }
        List<ActorMention> targets = firstWithActors(candidates, reporterSubject, !statement, sources);
        if (targets.isEmpty() && isProtest(frame.code())) {
            targets = ImplicitRoles.ownGovernment(sources);
        }
        boolean sidesNamed = frame.mutual() && sources.size() > 1; // "clashes among the two parties"
        if (targets.isEmpty() && !sidesNamed && (Emitter.isViolence(frame.code()) || isCoercion(frame.code()))) {
            // An attack, a curfew or a threat of one, aid or peacekeepers arriving: for the people where it happens.
            targets = implicit.hitAtPlace(
                    frame.trigger(), "CVL", "people", "implicit target: the people where it happened");
            if (targets.isEmpty() && !sources.isEmpty() && Emitter.isViolence(frame.code())) {
                // Only for an attacker named: a place alone makes no event of a death.
                targets = implicit.ofTheSentencesPlaces(
                        "implicit target: the people of the one country the sentence's places are in");
            }
        }
        if (sources.isEmpty() && frame.code().startsWith("17") && parts.roles().isPassive(tree, v)) {
            // "A man is arrested in Dublin", "Kim Keon Hee is indicted": the state arrests and charges.
            String agent = implicit.coercer(v);
            sources = implicit.atPlace(
                    frame.trigger(), agent, "authorities", "implicit source: the authorities where it happened");
            if (sources.isEmpty()) {
                sources = ImplicitRoles.authoritiesOf(targets, agent);
            }
            if (sources.isEmpty()) {
                // "have been caught and are back in custody in Haiti": the place hangs elsewhere.
                sources = implicit.ofTheSentencesPlaces(
                        agent,
                        "authorities",
                        "implicit source: the authorities of the one country the sentence's places are in");
            }
            if (sources.isEmpty()) {
                // "A lo largo del viernes fueron detenidas siete personas": the story's authorities.
                sources = implicit.ofTheStory(
                        frame.trigger().get(0),
                        agent,
                        "authorities",
                        "implicit source: coercion with no agent named is by the authorities of the story");
            }
        }
        return new Found(sources, sourceToken, targets);
    }

    /**
     * The doers an event noun names itself when no one else is named: where the agents dictionary
     * lists the noun as a group ("huelga" [~LAB], "protestas" [~OPP]: "la huelga de los mineros
     * paralizó", "las protestas continuarán"), the strike is the strikers. Only a group the noun
     * heads counts; a state an event noun is modified by ("Israeli strikes") is its demonym's.
     */
    private List<ActorMention> namedByTheirAct(Frame frame) {
        for (int t : frame.trigger()) {
            List<ActorMention> own = mentions.at(Optional.of(t)).stream()
                    .filter(m -> m.head() == t
                            && m.actor().agent().isPresent()
                            && m.actor().kind() == org.dyad.model.ActorKind.GROUP)
                    .toList();
            if (!own.isEmpty()) {
                return own;
            }
        }
        return List.of();
    }

    /**
     * The sources that may do an act of {@code code}: people named alone ({@link
     * ActorMention#doerOnly()}) do what crowds do, demand, denounce, reject, threaten and protest
     * (roots 10 to 14); "ten people killed" and "five people were injured" name no attacker.
     */
    private static List<ActorMention> doers(List<ActorMention> sources, String code) {
        if (CROWD_ROOTS.contains(code.substring(0, Math.min(2, code.length())))) {
            return sources;
        }
        return sources.stream().filter(m -> !m.doerOnly()).toList();
    }

    /** A protest or a threat of one (133: "convocará manifestaciones", "quería manifestar"). */
    private static boolean isProtest(String code) {
        return code.startsWith("14") || code.startsWith("133");
    }

    private static final java.util.Set<String> CROWD_ROOTS = java.util.Set.of("10", "11", "12", "13", "14");

    private List<ActorMention> resolve(Optional<Integer> token, Optional<Integer> reporterSubject) {
        if (mentions.isPronoun(token) && reporterSubject.isPresent()) {
            return mentions.at(reporterSubject); // "Hungary has said it will support": it = Hungary
        }
        return mentions.at(token);
    }

    /**
     * Targets a clause of the event gives when its own phrases give none: the subject of an
     * if/unless clause is who a threat or a conditional act is aimed at ("... if the United
     * States goes ahead"), and a protest is aimed at whom its purpose clause addresses
     * ("staged demonstrations to demand reforms by Suharto's government").
     */
    private List<Integer> clauseTargets(Frame frame) {
        List<Integer> out = new ArrayList<>();
        for (int t : frame.trigger()) {
            // The condition may hang from a verb the trigger embeds: "threatened to stop talks to
            // reduce arms if the United States goes ahead".
            for (int v : xcompChain(t)) {
                out.addAll(parts.modality().conditionSubjects(tree, v));
            }
            if (frame.code().startsWith("14")) {
                for (int c : parts.rules().select("protest-purpose-clauses", tree, t)) {
                    out.addAll(parts.roles().roles(tree, c).targets());
                    out.add(c); // its phrases, searched below it when none names an actor itself
                }
            }
        }
        return out;
    }

    private List<Integer> xcompChain(int t) {
        List<Integer> chain = new ArrayList<>(List.of(t));
        for (int i = 0; i < chain.size() && chain.size() < 8; i++) {
            chain.addAll(tree.children(chain.get(i), "xcomp"));
        }
        return chain;
    }

    private static boolean isCoercion(String code) {
        return code.startsWith("17") || code.startsWith("13") || code.startsWith("07");
    }

    private static boolean isCoreference(ActorMention m) {
        return m.evidence().stream().anyMatch(e -> e.startsWith("coreference"));
    }

    private boolean isAddressee(int t) {
        return parts.rules().holds("addressee", tree, t);
    }

    private List<ActorMention> firstWithActors(
            List<Integer> candidates, Optional<Integer> reporterSubject, boolean deep, List<ActorMention> sources) {
        for (int t : candidates) {
            // People named alone are no target: "police detained eleven people" befell the country's people.
            List<ActorMention> found = resolve(Optional.of(t), reporterSubject).stream()
                    .filter(m -> !m.doerOnly())
                    .toList();
            if (!found.isEmpty()) {
                return found;
            }
        }
        // "aid to the government's forces": a state named inside the target phrase; failing that, as
        // event coders of the PLOVER records do, the state where the target is ("refugees in Liberia").
        for (boolean throughPlaces : deep ? new boolean[] {false, true} : new boolean[0]) {
            for (int t : candidates) {
                // The source's own possessive found deep in the target phrase ("on its borders") says nothing.
                List<ActorMention> found = mentions.nearestBelow(t, DEEP_TARGET_DEPTH, throughPlaces).stream()
                        .filter(m -> !m.doerOnly())
                        .filter(m -> !(isCoreference(m)
                                && sources.stream()
                                        .anyMatch(s -> s.actor()
                                                .code()
                                                .equals(m.actor().code()))))
                        .toList();
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }
}
