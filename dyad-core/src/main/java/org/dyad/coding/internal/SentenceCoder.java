package org.dyad.coding.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dyad.coding.CodedSentence;
import org.dyad.coding.CodingParts;
import org.dyad.coding.Decision;
import org.dyad.coding.Decision.Outcome;
import org.dyad.coding.NounCoder;
import org.dyad.coding.VerbReading;
import org.dyad.model.ActorMention;
import org.dyad.model.ActorTaggedArticle;
import org.dyad.model.Sentence;
import org.dyad.model.Status;
import org.dyad.nlp.DependencyTree;

/**
 * Codes one sentence: reads every verb against the dictionary, lets embedding verbs ("agreed
 * to", "urged ... to") take over the verb they embed, and hands each coded predicate to the
 * {@link Emitter}. Keeps one {@link Decision} per verb so that every miss can be explained.
 */
public final class SentenceCoder {
    /** The code of a frame whose verb has none of its own, until an embedding verb gives one. */
    static final String BARE = "---";

    private final CodingParts parts;
    private final DependencyTree tree;
    private final VerbReading[] readings;
    private final boolean[] consumed;
    private final List<Decision> decisions = new ArrayList<>();
    private final Emitter emitter;
    private final NounFrames nouns;
    private final VerbFrames frames;

    public SentenceCoder(CodingParts parts, ActorTaggedArticle tagged, Sentence sentence) {
        List<ActorMention> mentions = tagged.actorsIn(sentence.index());
        this.parts = parts;
        this.tree = new DependencyTree(sentence);
        this.readings = new VerbReading[sentence.size()];
        this.consumed = new boolean[sentence.size()];
        MentionIndex index = new MentionIndex(tree, mentions, parts.rules().wordClasses());
        this.emitter = new Emitter(parts, tagged, tree, index, decisions);
        this.nouns = new NounFrames(parts, tree);
        this.frames = new VerbFrames(parts, tree, readings);
    }

    public CodedSentence code() {
        for (int v = 0; v < tree.size(); v++) {
            if (isCandidate(v)) {
                readings[v] = parts.verbs().read(tree, v).orElse(null);
            }
        }
        for (int v = 0; v < tree.size(); v++) {
            if (isCandidate(v) && !consumed[v]) {
                codeVerb(v);
            }
        }
        for (int n = 0; n < tree.size(); n++) {
            int noun = n;
            if (!consumed[n]) {
                parts.nouns().read(tree, n).ifPresent(r -> emitter.emit(noun, nouns.alone(r)));
            }
        }
        List<org.dyad.model.CodedEvent> events = new RepeatedActs(tree)
                .merge(new AttackFolding(parts, tree).fold(emitter.events(), decisions), decisions);
        decisions.sort(Comparator.comparingInt(Decision::token));
        return new CodedSentence(events, decisions);
    }

    private boolean isCandidate(int v) {
        if (parts.verbs().isEventVerb(tree, v)) {
            return !isPatronModifier(v);
        }
        // "France is ready to contribute": an embedding adjective governs the event.
        return parts.embedding().family(tree, v).isPresent() && embedded(v).isPresent();
    }

    /**
     * A participle that says who backs or commands a noun ("forces linked to Moscow", "units
     * enjoying the support of Iran", "a group commanded by X"): the actor recogniser reads it as
     * a relation between actors, so it is not an event of its own.
     */
    private boolean isPatronModifier(int v) {
        return parts.rules().holds("patron-modifier", tree, v);
    }

    /** The verb an embedding word governs: "agreed [to undertake]", "demanded [that the US cancel]". */
    private Optional<Integer> embedded(int v) {
        Optional<Integer> x = parts.rules().first("embedded", tree, v);
        if (x.isPresent()) {
            return x;
        }
        String family = parts.embedding().family(tree, v).orElse("");
        return parts.rules().wordClasses().contains("clause_families", family)
                ? parts.rules().first("embedded-clause", tree, v)
                : Optional.empty();
    }

    private void codeVerb(int v) {
        Optional<String> family =
                parts.embedding().family(tree, v).filter(f -> !f.equals(org.dyad.coding.Embedding.REPORT));
        Optional<Integer> inner = embedded(v);
        if (family.isPresent() && inner.isPresent()) {
            Optional<Frame> innerFrame = embeddedFrame(inner.get());
            Optional<String> combined = innerFrame.isPresent()
                    ? parts.embedding().combine(family.get(), innerFrame.get().code())
                    : parts.embedding().alone(family.get());
            if (combined.isPresent()) {
                consumed[inner.get()] = true;
                decisions.add(new Decision(
                        inner.get(),
                        tree.token(inner.get()).word(),
                        Outcome.EMBEDDED,
                        "embedded under '" + tree.token(v).word() + "' (" + family.get() + ")"));
                Frame innerOrBare = innerFrame.orElseGet(() -> frames.bare(inner.get()));
                emitter.emit(v, combine(v, family.get(), innerOrBare, combined.get()));
                return;
            }
        }
        // A judgment with no judge ("a move widely seen as ...") is the writer's, not an event.
        Optional<org.dyad.coding.Judgments.Reading> judged = parts.judgments()
                .read(tree, v)
                .filter(j -> parts.roles().roles(tree, v).source().isPresent());
        if (judged.isPresent()) {
            emitter.emit(v, frames.judgment(v, judged.get()));
            return;
        }
        Optional<Frame> own = frames.of(v);
        boolean patterned = own.map(Frame::patternMatched).orElse(false);
        boolean light = parts.lightVerbs().contains(tree.token(v).lemma());
        Optional<NounCoder.Reading> noun = nouns.complement(v, family.isPresent());
        Optional<NounCoder.Reading> subjectNoun = nouns.subject(v).filter(r -> !consumed[r.noun()]);
        if (noun.isEmpty() && subjectNoun.isPresent() && family.isEmpty()) {
            codeThroughNoun(v, subjectNoun.get(), family); // "a roadside bombing killed one U.S. soldier"
            return;
        }
        // A light verb's event noun wins even over the verb's own patterns ("launched a mediation
        // effort" is mediation, whatever LAUNCH's patterns make of "effort").
        boolean patternNamesNoun = noun.isPresent()
                && readings[v] != null
                && readings[v]
                        .pattern()
                        .map(p -> PatternNouns.names(
                                p, tree.token(noun.get().noun()).lemma()))
                        .orElse(false);
        if ((!patterned || (light && !patternNamesNoun)) && noun.isPresent() && (family.isPresent() || light)) {
            codeThroughNoun(v, noun.get(), family);
            return;
        }
        if (light && !patterned) {
            decisions.add(new Decision(
                    v,
                    tree.token(v).word(),
                    Outcome.NULL_CODE,
                    "light verb '" + tree.token(v).lemma()
                            + "': its event would be in an event noun as its object, and there is none"));
            return;
        }
        if (own.isEmpty() && family.isPresent() && !tree.children(v, "obj").isEmpty()) {
            // "rejected a Senegalese peace plan": the verb's block has no code of its own, its
            // family says what rejecting (promising, demanding) something is.
            Optional<String> alone = parts.embedding().alone(family.get());
            if (alone.isPresent()) {
                Frame bare = frames.bare(v);
                own = Optional.of(new Frame(
                        alone.get(),
                        bare.trigger(),
                        bare.source(),
                        bare.targets(),
                        Status.ASSERTED,
                        false,
                        "'" + tree.token(v).lemma() + "' (" + family.get() + ") with an object -> " + alone.get(),
                        readings[v] == null
                                ? List.of()
                                : readings[v].entries(
                                        parts.verbs().dictionary().version().split(" ")[0])));
            }
        }
        if (own.isEmpty() && reportedObligation(v)) {
            own = Optional.of(frames.bare(v)); // "X said Libya must hand over ...": a demand, whatever the verb
        }
        if (own.isEmpty()) {
            decisions.add(missing(v));
            return;
        }
        if (emitter.emit(v, own.get()) && patterned && readings[v] != null) {
            readings[v].pattern().ifPresent(p -> consumeNamedNouns(v, p));
        }
    }

    /** The event nouns the verb's pattern names are its event's ("pulled out of the talks"). */
    private void consumeNamedNouns(int v, org.dyad.coding.cameo.VerbPattern p) {
        for (int n : PatternNouns.named(parts.rules(), p, tree, v)) {
            if (!consumed[n] && parts.nouns().read(tree, n).isPresent()) {
                consumed[n] = true;
                decisions.add(new Decision(
                        n,
                        tree.token(n).word(),
                        Outcome.EMBEDDED,
                        "named by the pattern of '" + tree.token(v).word() + "'"));
            }
        }
    }

    /** "launched air strikes", "agreed upon a pact": the event named by the verb's nominal complement. */
    private void codeThroughNoun(int v, NounCoder.Reading r, Optional<String> family) {
        String nounCode = r.entry().code();
        Optional<String> code =
                family.isPresent() ? parts.embedding().combine(family.get(), nounCode) : Optional.of(nounCode);
        if (code.isEmpty()) {
            code = family.flatMap(f -> parts.embedding().alone(f));
        }
        consumed[r.noun()] = true;
        decisions.add(new Decision(
                r.noun(),
                tree.token(r.noun()).word(),
                Outcome.EMBEDDED,
                "the event of '" + tree.token(v).word() + "'"));
        emitter.emit(v, nouns.viaVerb(v, r, family, code.orElse(nounCode)));
    }

    /** Whether the verb is something a speaker says must happen: "X said Libya must hand over". */
    private boolean reportedObligation(int v) {
        return parts.modality().read(tree, v).obligation()
                && Reporters.reporterOf(tree, v, parts.rules()).isPresent();
    }

    /**
     * The event of a verb embedded under another. A light verb's is its event noun's ("agreed to
     * hold talks"), or none ("proposed to take up the issue" takes nothing in the APPREHEND sense
     * of TAKE), unless a pattern of its own matched.
     */
    private Optional<Frame> embeddedFrame(int inner) {
        boolean light = parts.lightVerbs().contains(tree.token(inner).lemma());
        boolean patterned = readings[inner] != null && readings[inner].pattern().isPresent();
        if (!light || patterned) {
            return frames.of(inner);
        }
        Optional<NounCoder.Reading> noun = nouns.complement(inner, false).filter(r -> !consumed[r.noun()]);
        if (noun.isEmpty()) {
            return Optional.empty();
        }
        consumed[noun.get().noun()] = true;
        decisions.add(new Decision(
                noun.get().noun(),
                tree.token(noun.get().noun()).word(),
                Outcome.EMBEDDED,
                "the event of '" + tree.token(inner).word() + "'"));
        return Optional.of(nouns.viaVerb(
                inner, noun.get(), Optional.empty(), noun.get().entry().code()));
    }

    private Frame combine(int v, String family, Frame inner, String code) {
        Optional<Frame> outer = frames.of(v);
        List<Integer> trigger = new ArrayList<>(outer.map(Frame::trigger).orElse(List.of(v)));
        trigger.addAll(inner.trigger());
        var roles = parts.roles().roles(tree, v);
        List<Integer> own = new ArrayList<>(roles.targets());
        // Appeals and demands are made to someone ("urged Syria to"); intents concern the embedded target.
        boolean addressed = parts.rules().wordClasses().contains("addressing_families", family);
        List<Integer> addressees = new ArrayList<>(own);
        if (addressed) {
            inner.source().filter(s -> !addressees.contains(s)).ifPresent(addressees::add);
        }
        Frame base = new Frame(
                code,
                trigger,
                roles.source(),
                addressed ? addressees : inner.targets(),
                !inner.code().equals(BARE) && parts.embedding().keepsEmbedded(family, inner.code())
                        ? Status.INTENDED
                        : Status.ASSERTED,
                inner.patternMatched(),
                "embedding '" + tree.token(v).lemma() + "' (" + family + ") -> " + code + " over [" + inner.rule()
                        + "]",
                inner.entries());
        return base.withTargets(addressed ? inner.targets() : own).withFallbackSource(frames.issuerOf(v));
    }

    private Decision missing(int v) {
        VerbReading r = readings[v];
        String word = tree.token(v).word();
        if (r == null) {
            return new Decision(
                    v,
                    word,
                    Outcome.NO_ENTRY,
                    "no verb dictionary entry for '" + tree.token(v).lemma() + "'");
        }
        return new Decision(v, word, Outcome.NULL_CODE, r.describe());
    }
}
