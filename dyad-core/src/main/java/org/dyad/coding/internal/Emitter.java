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
 * Turns coded predicates into events: finds the actors of the frame's roles ({@link Parties}),
 * applies modality ("will" makes an intent, "must" under a reporting verb a demand), lets {@link
 * Admission} refuse what is no event and complete a missing target, and pairs conjoined parties.
 */
final class Emitter {
    private final CodingParts parts;
    private final Article article;
    private final DependencyTree tree;
    private final MentionIndex mentions;
    private final List<Decision> decisions;
    private final List<CodedEvent> events = new ArrayList<>();
    private final NotPolitical notPolitical;
    private final Admission admission;
    private final Parties parties;

    Emitter(
            CodingParts parts,
            ActorTaggedArticle tagged,
            DependencyTree tree,
            MentionIndex mentions,
            List<Decision> decisions) {
        this.parts = parts;
        this.article = tagged.article();
        this.tree = tree;
        this.mentions = mentions;
        this.decisions = decisions;
        this.notPolitical = new NotPolitical(parts, tree);
        this.admission = new Admission(parts, tree);
        this.parties = new Parties(
                parts, tree, mentions, new ImplicitRoles(tree, mentions, parts.rules(), tagged.storyCountry()));
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
        Parties.Found found = parties.find(v, frame, reporterSubject);
        List<ActorMention> sources = found.sources();
        Optional<Integer> sourceToken = found.sourceToken();
        List<ActorMention> targets = found.targets();
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
        Admission.Verdict verdict = admission.admit(v, frame, code, rule, sources, targets);
        if (verdict.refusal().isPresent()) {
            decisions.add(verdict.refusal().get());
            return false;
        }
        targets = verdict.targets();
        Optional<EventCode> eventCode = verdict.code();
        int before = events.size();
        Trigger trigger = Triggers.of(tree, article.text(), frame.trigger());
        for (EventPairs.Pair p : EventPairs.of(
                sources,
                targets,
                frame.mutual()
                        || mentions.conjoined(frame.source())
                        || (eventCode.get().quadClass() < 4 && mentions.conjoinedModifiers(sourceToken)))) {
            if (p.target().isEmpty() && Admission.needsTarget(eventCode.get())) {
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

    /** Roots 03-08: intents, consultations, support, cooperation, aid and concessions. */
    private static boolean isCooperation(String code) {
        if (!code.matches("\\d{2,4}")) {
            return false;
        }
        int root = Integer.parseInt(code.substring(0, 2));
        return root >= 3 && root <= 8;
    }

    static boolean isViolence(String code) {
        return code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
    }

    /** An infinitive of purpose: "(in order) to establish", hanging from another clause as advcl. */
    private boolean isPurpose(int v) {
        return parts.rules().holds("purpose", tree, v);
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
