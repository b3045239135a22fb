package org.dyad.coding.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.coding.CodingParts;
import org.dyad.coding.Decision;
import org.dyad.coding.Decision.Outcome;
import org.dyad.coding.Modality;
import org.dyad.model.ActorMention;
import org.dyad.model.ActorTaggedArticle;
import org.dyad.model.Article;
import org.dyad.model.CodedEvent;
import org.dyad.model.EventCode;
import org.dyad.model.Status;
import org.dyad.model.Trigger;
import org.dyad.nlp.DependencyTree;

/**
 * Turns coded predicates into events: applies modality ("will" makes an intent, "must" under a
 * reporting verb a demand), resolves roles to actor mentions (pronoun subjects of reported
 * clauses to the speaker), drops bare statements, and pairs conjoined parties.
 */
final class Emitter {
    /** How far below a target phrase's head a named state may stand in for it. */
    private static final int DEEP_TARGET_DEPTH = 3;

    private final CodingParts parts;
    private final ActorTaggedArticle tagged;
    private final Article article;
    private final DependencyTree tree;
    private final MentionIndex mentions;
    private final List<Decision> decisions;
    private final List<CodedEvent> events = new ArrayList<>();
    private final ImplicitRoles implicit;
    private final NotPolitical notPolitical;

    Emitter(
            CodingParts parts,
            ActorTaggedArticle tagged,
            DependencyTree tree,
            MentionIndex mentions,
            List<Decision> decisions) {
        this.parts = parts;
        this.tagged = tagged;
        this.article = tagged.article();
        this.tree = tree;
        this.mentions = mentions;
        this.decisions = decisions;
        this.implicit = new ImplicitRoles(tree, mentions, parts.rules());
        this.notPolitical = new NotPolitical(parts, tree);
    }

    List<CodedEvent> events() {
        return List.copyOf(events);
    }

    /** Resolves the frame's roles to actors and adds its events; false when it gave none (a decision says why). */
    boolean emit(int v, Frame frame) {
        Optional<String> unpolitical = notPolitical.why(frame);
        if (unpolitical.isPresent()) {
            decisions.add(decision(v, Outcome.NOT_POLITICAL, "code " + frame.code() + ", but " + unpolitical.get()));
            return false;
        }
        Modality.Reading mod = parts.modality().read(tree, v);
        Optional<Integer> reporter = Reporters.reporterOf(tree, v, parts.rules());
        Optional<Integer> reporterSubject =
                reporter.flatMap(r -> parts.roles().roles(tree, r).source());
        List<ActorMention> sources = resolve(frame.source(), reporterSubject);
        if (frame.mutual() && sources.size() == 1) {
            sources = new ArrayList<>(sources);
            sources.addAll(mentions.secondParty(frame.source().orElseThrow())); // the parser lost "and B"
        }
        Optional<Integer> sourceToken = frame.source();
        if (sources.isEmpty()) {
            sources =
                    resolve(frame.fallbackSource(), reporterSubject); // "would tighten the naval blockade": not "naval"
            sourceToken = frame.fallbackSource();
        }
        if (sources.isEmpty() && isViolence(frame.code()) && !mentions.isPronoun(frame.source())) {
            sources = implicit.atPlace(
                    frame.trigger(),
                    "UAF",
                    "unidentified attackers",
                    "implicit source: unidentified attackers where it happened");
        }
        if (sources.isEmpty() && frame.code().startsWith("14") && !mentions.isPronoun(frame.source())) {
            // "Anti-Trump protests are held in cities across the United States": its people protest.
            sources = implicit.atPlace(
                    frame.trigger(), "CVL", "protesters", "implicit source: the people where the protest was");
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
            candidates.sort(java.util.Comparator.comparing(
                    t -> tree.caseMarker(t).map("to"::equals).orElse(false)));
        }
        List<ActorMention> targets = firstWithActors(candidates, reporterSubject, !statement, sources);
        if (targets.isEmpty() && frame.code().startsWith("14")) {
            targets = ImplicitRoles.ownGovernment(sources);
        }
        boolean sidesNamed = frame.mutual() && sources.size() > 1; // "clashes among the two parties"
        if (targets.isEmpty() && !sidesNamed && (isViolence(frame.code()) || isCoercion(frame.code()))) {
            // An attack, a curfew or a threat of one, aid or peacekeepers arriving: for the people where it happens.
            targets = implicit.hitAtPlace(
                    frame.trigger(), "CVL", "people", "implicit target: the people where it happened");
            if (targets.isEmpty() && !sources.isEmpty() && isViolence(frame.code())) {
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
        }
        String code = unconventional(frame, sources);
        Status status = frame.status();
        boolean negated = mod.negated();
        boolean attributable = false;
        String how = "";
        if (mod.obligation() && reporter.isPresent()) {
            // "X said Libya must hand over": X demands it of Libya.
            code = frame.code().equals(SentenceCoder.BARE)
                    ? parts.embedding().alone("demand").orElseThrow()
                    : parts.embedding().combine("demand", code).orElse(code);
            targets = sources;
            sources = mentions.at(reporterSubject);
            how = "; obligation under a reporting verb read as a demand";
        } else {
            if (negated && isCooperation(code)) {
                // "will not accept", "refuses to allow": denied cooperation is a rejection.
                code = parts.embedding().combine("reject", code).orElse(code);
                negated = false;
                how = "; negated cooperation read as a rejection";
            } else if (mod.future()) {
                code = parts.embedding().combine("intent", code).orElse(code);
                status = Status.FUTURE;
            }
            if (mod.conditional() && (mod.future() || code.startsWith("03")) && !isCooperation(frame.code())) {
                // "will withdraw its force unless ...": a conditional announcement of harm is a
                // threat; "would meet him if ..." stays an offer.
                code = parts.embedding().combine("threaten", frame.code()).orElse(code);
                how += "; conditional announcement read as a threat";
            }
            Optional<Status> placed =
                    parts.modality().statusOf(tree, frame.trigger().get(0), mod);
            if (placed.isPresent() && status == Status.ASSERTED) {
                status = placed.get();
            }
            if (isPurpose(v) && status == Status.ASSERTED) {
                status = Status.INTENDED; // "sided with Russia in order to establish a front": a purpose, not a deed
            }
            // The qualify stage reads who else reports it ("according to", quotes) and may make it reported too.
            attributable = true;
            if (reporter.isPresent() && status == Status.ASSERTED) {
                status = Status.REPORTED; // a more telling status (alleged, intended, future) stays
            }
        }
        String rule = frame.rule() + how;
        if (code.startsWith("01") && (hasClausalComplement(v) || targets.isEmpty())) {
            decisions.add(decision(
                    v,
                    Outcome.STATEMENT,
                    "a statement (" + code + ") is coded only when it has an addressee " + "and no coded complement"));
            return false;
        }
        if (sources.isEmpty()
                && !targets.isEmpty()
                && !frame.nominal()
                && !parts.roles().isPassive(tree, v)) {
            // An active verb whose subject names no actor ("influencing the future of Syria's
            // forces") says too little: only a passive leaves its agent out on purpose.
            decisions.add(decision(
                    v, Outcome.NO_ACTORS, "code " + code + " but no actor as source of an active verb; " + rule));
            return false;
        }
        if (sources.isEmpty()
                && frame.nominal()
                && parts.codes().of(code).map(c -> c.quadClass() <= 2).orElse(false)) {
            // "negotiations on a free trade agreement with Israel": cooperation named by a noun
            // with no one named who cooperates is a topic, not an event; an attack with no
            // attacker named still is one.
            decisions.add(decision(
                    v, Outcome.NO_ACTORS, "code " + code + " (cooperation) named by a noun with no source; " + rule));
            return false;
        }
        if (targets.isEmpty() && code.startsWith("17")) {
            targets = ImplicitRoles.ownPeople(sources); // "Turkish police detain eleven people"
        }
        if (targets.isEmpty() && (code.startsWith("07") || code.equals("080"))) {
            // Aid is given to someone and a concession made to someone: "the FDA approves a drug",
            // "parliament passes a law", "a budget reducing ..." name no one and are no event.
            decisions.add(decision(
                    v, Outcome.NO_ACTORS, "code " + code + " (aid or concession) but no one it is given to; " + rule));
            return false;
        }
        if (targets.isEmpty()
                && parts.codes()
                        .of(code)
                        .map(c -> c.quadClass() > 1 && c.quadClass() < 4)
                        .orElse(false)
                && !code.startsWith("04")
                && !code.startsWith("05")
                && !code.startsWith("06")) {
            // "resigns", "denies the accusations"; not an appeal, an intent, a visit, a meeting or
            // a cooperation (verbal or material), which have a partner whether named or not, save
            // an intent to yield, as yielding itself ("agreed to resign").
            targets = ImplicitRoles.ownCountry(sources);
        } else if (targets.isEmpty() && code.startsWith("035")) {
            targets = ImplicitRoles.ownCountry(sources);
        }
        if (sources.isEmpty() && targets.isEmpty()) {
            decisions.add(
                    decision(v, Outcome.NO_ACTORS, "code " + code + " but no actor as source or target; " + rule));
            return false;
        }
        if (code.equals("---")) {
            decisions.add(decision(v, Outcome.NULL_CODE, "no event: " + rule));
            return false;
        }
        Optional<EventCode> eventCode = parts.codes().of(code);
        if (eventCode.isEmpty()) {
            decisions.add(decision(v, Outcome.UNKNOWN_CODE, "code " + code + " is not in the CAMEO tables"));
            return false;
        }
        int before = events.size();
        Trigger trigger = Triggers.of(tree, article.text(), frame.trigger());
        for (EventPairs.Pair p : EventPairs.of(
                sources,
                targets,
                frame.mutual()
                        || mentions.conjoined(frame.source())
                        || (eventCode.get().quadClass() < 4 && mentions.conjoinedModifiers(sourceToken)))) {
            if (p.target().isEmpty() && needsTarget(eventCode.get())) {
                continue;
            }
            events.add(new CodedEvent(
                    tree.sentence(),
                    trigger,
                    frame.trigger(),
                    v,
                    p.source(),
                    p.target(),
                    p.symmetric(),
                    eventCode.get(),
                    status,
                    negated,
                    attributable,
                    frame.patternMatched(),
                    rule,
                    entries(frame, p)));
        }
        if (events.size() == before) {
            // Event data is dyadic: "urges restraint", "holds talks", "announces cooperation" with
            // no one named they are made to or with tell of no relation between two actors.
            decisions.add(decision(
                    v,
                    Outcome.NO_ACTORS,
                    "code " + code + " but no target, which only acts done alone can do without; " + rule));
            return false;
        }
        decisions.add(decision(v, Outcome.EVENT, (events.size() - before) + " event(s) " + code + ": " + rule));
        return true;
    }

    /**
     * CAMEO's 190 is force used by armed forces; the same killing by a gunman, a mob or attackers
     * nobody names is unconventional violence, 180 ("shot dead by a gunman", "a stabbing attack
     * in Miami"). The agent classes that make it so are the word class {@code unconventional_agents};
     * military means ("drone attacks", rule {@code military-means}) keep it an armed force's.
     */
    private String unconventional(Frame frame, List<ActorMention> sources) {
        String code = frame.code();
        boolean military = frame.trigger().stream().anyMatch(t -> parts.rules().holds("military-means", tree, t));
        boolean irregular = !military
                && sources.stream()
                        .allMatch(m -> m.actor()
                                .agent()
                                .map(a -> parts.rules()
                                        .wordClasses()
                                        .contains("unconventional_agents", a.toLowerCase(java.util.Locale.ROOT)))
                                .orElse(false));
        return code.equals(UNCONVENTIONAL_FROM) && irregular ? UNCONVENTIONAL : code;
    }

    private static final String UNCONVENTIONAL_FROM = "190";
    private static final String UNCONVENTIONAL = "180";

    /**
     * Whether an event of this code needs a target: all but acts an actor does alone (yielding,
     * as resigning or withdrawing; refusing, "will not accept any more refugees"; protesting;
     * showing force) and material conflict, whose target the qualify stage may still find where
     * it happened.
     */
    private static boolean needsTarget(EventCode code) {
        String root = code.cameo().substring(0, 2);
        return code.quadClass() < 4 && !List.of("08", "12", "14", "15").contains(root);
    }

    /** Roots 03-08: intents, consultations, support, cooperation, aid and concessions. */
    private static boolean isCooperation(String code) {
        if (!code.matches("\\d{2,4}")) {
            return false;
        }
        int root = Integer.parseInt(code.substring(0, 2));
        return root >= 3 && root <= 8;
    }

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

    static boolean isViolence(String code) {
        return code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
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
            List<ActorMention> found = resolve(Optional.of(t), reporterSubject);
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

    /** An infinitive of purpose: "(in order) to establish", hanging from another clause as advcl. */
    private boolean isPurpose(int v) {
        return parts.rules().holds("purpose", tree, v);
    }

    private boolean hasClausalComplement(int v) {
        return parts.rules().holds("clausal-complement", tree, v);
    }

    private static List<String> entries(Frame frame, EventPairs.Pair p) {
        List<String> out = new ArrayList<>(frame.entries());
        p.source().ifPresent(m -> out.addAll(m.evidence()));
        p.target().ifPresent(m -> out.addAll(m.evidence()));
        return out;
    }

    private Decision decision(int v, Outcome outcome, String detail) {
        return new Decision(v, tree.token(v).word(), outcome, detail);
    }
}
