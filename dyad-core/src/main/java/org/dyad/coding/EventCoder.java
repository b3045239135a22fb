package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyad.actors.ActorWords;
import org.dyad.coding.cameo.VerbDictionary;
import org.dyad.coding.internal.ArticleSources;
import org.dyad.coding.internal.ResumedEvents;
import org.dyad.coding.internal.SentenceCoder;
import org.dyad.lexicon.Lexicons;
import org.dyad.lexicon.WordTable;
import org.dyad.model.ActorTaggedArticle;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.rules.Rules;
import org.dyad.stage.Stage;
import org.dyad.stage.StageContext;
import org.dyad.stage.StageTimes;
import org.dyad.time.TimeAttachment;

/**
 * The stage that codes events: reads each verb against the CAMEO verb dictionary, combines
 * embedding verbs with what they embed, finds source and target in the dependency tree and
 * turns the result into {@code dyad.event/1} events with their evidence.
 */
public final class EventCoder implements Stage<ActorTaggedArticle, CodedArticle> {
    private final CodingParts parts;

    public EventCoder(CodingParts parts) {
        this.parts = Objects.requireNonNull(parts, "parts");
    }

    /** A coder over the bundled dictionaries and tables, optionally with the user's extra verb dictionary. */
    public static EventCoder loadBundled(VerbDictionary verbs, EventFactory factory) {
        return loadBundled(verbs, NounCoder.loadBundled(), factory);
    }

    /** A coder over the bundled tables with these verbs and event nouns, e.g. with the user's own patterns. */
    public static EventCoder loadBundled(VerbDictionary verbs, NounCoder nouns, EventFactory factory) {
        return loadBundled(verbs, nouns, factory, new StageTimes());
    }

    /** As {@link #loadBundled(VerbDictionary, NounCoder, EventFactory)}, reporting the time of its steps to {@code times}. */
    public static EventCoder loadBundled(
            VerbDictionary verbs, NounCoder nouns, EventFactory factory, StageTimes times) {
        return loadBundled(verbs, nouns, Rules.loadBundled(), factory, times);
    }

    /** A coder over the bundled tables with these verbs, event nouns and rules, reporting the time of its steps to {@code times}. */
    public static EventCoder loadBundled(
            VerbDictionary verbs, NounCoder nouns, Rules rules, EventFactory factory, StageTimes times) {
        return new EventCoder(new CodingParts(
                new VerbCoder(verbs, rules),
                nouns,
                rules,
                new RoleFinder(rules),
                Embedding.loadBundled(),
                new Modality(rules),
                EventCodes.loadBundled(),
                factory,
                ActorWords.loadBundled(),
                WordTable.load(Lexicons.LIGHT_VERBS),
                Judgments.loadBundled(rules),
                Sources.loadBundled(rules),
                TimeAttachment.loadBundled(rules),
                new GazetteerPlacing(BundledPlaces.loading(rules.wordClasses()), rules),
                times));
    }

    public CodingParts parts() {
        return parts;
    }

    @Override
    public CodedArticle apply(ActorTaggedArticle tagged, StageContext context) {
        List<Event> events = new ArrayList<>();
        ArticleSources sources = parts.times().time("attribution", () -> ArticleSources.of(parts, tagged));
        for (Sentence s : tagged.annotated().sentences()) {
            events.addAll(new SentenceCoder(parts, tagged, s, sources).code().events());
        }
        return new CodedArticle(
                tagged,
                ResumedEvents.link(
                        events, tagged.annotated().sentences(), parts.rules().wordClasses()));
    }

    /** The events of one sentence and the decision taken on each of its verbs. */
    public SentenceCoding codeSentence(ActorTaggedArticle tagged, Sentence sentence) {
        return new SentenceCoder(parts, tagged, sentence, ArticleSources.of(parts, tagged)).code();
    }
}
