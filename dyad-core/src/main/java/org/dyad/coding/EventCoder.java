package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyad.actors.ActorWords;
import org.dyad.coding.cameo.VerbDictionary;
import org.dyad.coding.internal.SentenceCoder;
import org.dyad.lexicon.BundledWords;
import org.dyad.lexicon.Lexicons;
import org.dyad.model.ActorTaggedArticle;
import org.dyad.model.CodedArticle;
import org.dyad.model.CodedEvent;
import org.dyad.model.Sentence;
import org.dyad.rules.Rules;
import org.dyad.stage.Stage;
import org.dyad.stage.StageContext;

/**
 * The stage that codes events: reads each verb against the CAMEO verb dictionary, combines
 * embedding verbs with what they embed, finds source and target in the dependency tree and
 * turns the result into coded events with their evidence; the qualify stage after it says who
 * reports them and when and where they happened.
 */
public final class EventCoder implements Stage<ActorTaggedArticle, CodedArticle> {
    private final CodingParts parts;

    public EventCoder(CodingParts parts) {
        this.parts = Objects.requireNonNull(parts, "parts");
    }

    /** A coder over the bundled tables and these verbs, event nouns and rules (e.g. with the user's own). */
    public static EventCoder loadBundled(VerbDictionary verbs, NounCoder nouns, Rules rules) {
        return loadBundled(verbs, nouns, rules, BundledWords.ENGLISH);
    }

    /** As {@link #loadBundled(VerbDictionary, NounCoder, Rules)}, over the word lists of {@code words}' language. */
    public static EventCoder loadBundled(VerbDictionary verbs, NounCoder nouns, Rules rules, BundledWords words) {
        return new EventCoder(new CodingParts(
                new VerbCoder(verbs, rules),
                nouns,
                rules,
                new RoleFinder(rules),
                Embedding.loadBundled(words),
                new Modality(rules),
                EventCodes.loadBundled(),
                ActorWords.loadBundled(words),
                words.table(Lexicons.LIGHT_VERBS),
                Judgments.loadBundled(rules, words)));
    }

    public CodingParts parts() {
        return parts;
    }

    @Override
    public CodedArticle apply(ActorTaggedArticle tagged, StageContext context) {
        List<CodedEvent> events = new ArrayList<>();
        for (Sentence s : tagged.annotated().sentences()) {
            events.addAll(new SentenceCoder(parts, tagged, s).code().events());
        }
        return new CodedArticle(tagged, events);
    }

    /** The coded events of one sentence, not yet qualified, and the decision taken on each of its verbs. */
    public CodedSentence codeSentence(ActorTaggedArticle tagged, Sentence sentence) {
        return new SentenceCoder(parts, tagged, sentence).code();
    }
}
