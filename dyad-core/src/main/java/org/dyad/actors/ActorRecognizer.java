package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyad.actors.internal.ArticleCountry;
import org.dyad.actors.internal.Coreference;
import org.dyad.actors.internal.SentenceActors;
import org.dyad.model.ActorMention;
import org.dyad.model.ActorTaggedArticle;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Sentence;
import org.dyad.stage.Stage;
import org.dyad.stage.StageContext;

/**
 * The stage that finds actor mentions: every nominal head whose phrase names a state, a group,
 * an organisation or a person, with its country, agent class and patron read off the
 * dependency tree, people and groups described by their appositives and commanders, and
 * pronouns and "the two sides" linked to the parties they stand for.
 */
public final class ActorRecognizer implements Stage<AnnotatedArticle, ActorTaggedArticle> {
    private final ActorLexicon lexicon;
    private final ActorWords words;
    private final boolean coreference;

    public ActorRecognizer(ActorLexicon lexicon, ActorWords words, boolean coreference) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.words = Objects.requireNonNull(words, "words");
        this.coreference = coreference;
    }

    public ActorRecognizer(ActorLexicon lexicon, ActorWords words) {
        this(lexicon, words, true);
    }

    /** A recogniser over the bundled dictionaries and word lists, with coreference. */
    public static ActorRecognizer loadBundled() {
        return new ActorRecognizer(ActorLexicon.load(), ActorWords.loadBundled());
    }

    public ActorLexicon lexicon() {
        return lexicon;
    }

    @Override
    public ActorTaggedArticle apply(AnnotatedArticle annotated, StageContext context) {
        List<List<ActorMention>> perSentence = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            perSentence.add(mentionsIn(s, annotated));
        }
        if (coreference) {
            perSentence = new Coreference(words).resolve(annotated.sentences(), perSentence);
        }
        perSentence = new ArticleCountry().complete(annotated.sentences(), perSentence);
        List<ActorMention> all = new ArrayList<>();
        perSentence.forEach(all::addAll);
        if (all.isEmpty() && !annotated.sentences().isEmpty()) {
            // An expected problem, not an error: it says why the article gives no events.
            context.report("no actor found: no dictionary entry, demonym or capital names an actor in the text");
        }
        return new ActorTaggedArticle(annotated, all);
    }

    /** The actor mentions of one sentence, before coreference links it to the others. */
    public List<ActorMention> mentionsIn(Sentence sentence, AnnotatedArticle annotated) {
        var matches = lexicon.match(sentence, annotated.article().published());
        return new SentenceActors(sentence, matches, lexicon, words).mentions();
    }
}
