package org.dyad.qualify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.coding.BundledPlaces;
import org.dyad.coding.EventFactory;
import org.dyad.coding.GazetteerPlacing;
import org.dyad.coding.Sources;
import org.dyad.coding.internal.MentionIndex;
import org.dyad.coding.internal.ResumedEvents;
import org.dyad.lexicon.BundledWords;
import org.dyad.model.ActorMention;
import org.dyad.model.ActorTaggedArticle;
import org.dyad.model.Attribution;
import org.dyad.model.CodedArticle;
import org.dyad.model.CodedEvent;
import org.dyad.model.Event;
import org.dyad.model.Place;
import org.dyad.model.QualifiedArticle;
import org.dyad.model.Status;
import org.dyad.model.When;
import org.dyad.nlp.DependencyTree;
import org.dyad.qualify.internal.ArticleSources;
import org.dyad.qualify.internal.Attributions;
import org.dyad.qualify.internal.PlaceTargets;
import org.dyad.rules.Rules;
import org.dyad.stage.Stage;
import org.dyad.stage.StageContext;
import org.dyad.stage.StageTimes;
import org.dyad.time.TimeAttachment;

/**
 * The stage after coding: says who reports each event (the attribution chain: reporting verbs,
 * "according to", the article's quotes), when it happened (the time expressions its trigger
 * governs, else the article's date) and where (the place phrases on its trigger's path), and
 * makes the {@code dyad.event/1} records. An event that stood in the text's own voice and is
 * attributed to someone becomes {@code reported}; a more telling status stays. Last, an event that
 * resumes an earlier one ("clashes resumed") takes that one's parties.
 */
public final class Qualifier implements Stage<CodedArticle, QualifiedArticle> {
    private final QualifyParts parts;

    public Qualifier(QualifyParts parts) {
        this.parts = parts;
    }

    /** A qualify stage over the bundled place and time readers and these rules, making records with {@code factory}. */
    public static Qualifier loadBundled(Rules rules, EventFactory factory, StageTimes times) {
        return loadBundled(rules, factory, times, BundledWords.ENGLISH);
    }

    /** As {@link #loadBundled(Rules, EventFactory, StageTimes)}, over the word lists of {@code words}' language. */
    public static Qualifier loadBundled(Rules rules, EventFactory factory, StageTimes times, BundledWords words) {
        return new Qualifier(new QualifyParts(
                rules,
                Sources.loadBundled(rules, words),
                TimeAttachment.loadBundled(rules, words),
                new GazetteerPlacing(BundledPlaces.loading(rules.wordClasses()), rules),
                factory,
                times));
    }

    public QualifyParts parts() {
        return parts;
    }

    @Override
    public QualifiedArticle apply(CodedArticle coded, StageContext context) {
        List<Event> events = qualify(coded.tagged(), coded.events());
        return new QualifiedArticle(
                coded,
                ResumedEvents.link(
                        events,
                        coded.tagged().annotated().sentences(),
                        parts.rules().wordClasses()));
    }

    /** The events of {@code coded}, qualified, in the same order (without linking resumed events). */
    public List<Event> qualify(ActorTaggedArticle tagged, List<CodedEvent> coded) {
        ArticleSources sources = parts.times().time("attribution", () -> ArticleSources.of(parts, tagged));
        Map<Integer, SentenceQualifier> bySentence = new HashMap<>();
        List<Event> out = new ArrayList<>();
        for (CodedEvent e : coded) {
            SentenceQualifier q = bySentence.computeIfAbsent(e.sentence().index(), i -> {
                DependencyTree tree = new DependencyTree(e.sentence());
                MentionIndex mentions =
                        new MentionIndex(tree, tagged.actorsIn(i), parts.rules().wordClasses());
                return new SentenceQualifier(
                        tree,
                        new Attributions(parts, tree, mentions, tagged.article().text(), sources.of(i)),
                        new HashMap<>());
            });
            out.add(qualify(tagged, e, q));
        }
        return out;
    }

    /** One sentence's tree and attribution reader, and the chains already read (the events of one verb share theirs). */
    private record SentenceQualifier(
            DependencyTree tree, Attributions attributions, Map<Integer, List<Attribution>> chains) {}

    private Event qualify(ActorTaggedArticle tagged, CodedEvent e, SentenceQualifier q) {
        List<Attribution> attribution = e.attributable()
                ? q.chains()
                        .computeIfAbsent(
                                e.anchor(),
                                a -> parts.times()
                                        .time(
                                                "attribution",
                                                () -> q.attributions().chain(a)))
                : List.of();
        Status status = !attribution.isEmpty() && e.status() == Status.ASSERTED ? Status.REPORTED : e.status();
        DependencyTree tree = q.tree();
        When when = parts.times()
                .time("time", () -> parts.dating().when(tree, e.triggerTokens(), tagged.article(), status));
        Optional<Place> where =
                parts.times().time("place", () -> parts.placing().where(tree, e.triggerTokens(), tagged));
        Optional<ActorMention> hit = PlaceTargets.of(e, where, tree);
        List<String> entries = new ArrayList<>(e.entries());
        hit.ifPresent(m -> entries.addAll(m.evidence()));
        return parts.factory()
                .build(
                        tagged.article(),
                        new EventFactory.Draft(
                                e.sentence(),
                                e.trigger(),
                                e.source(),
                                e.target().or(() -> hit),
                                e.symmetric(),
                                e.code(),
                                status,
                                e.negated(),
                                attribution,
                                e.patternMatched(),
                                e.rule(),
                                entries,
                                when,
                                where));
    }
}
