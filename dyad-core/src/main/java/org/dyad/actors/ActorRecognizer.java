package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyad.actors.internal.SentenceActors;
import org.dyad.lexicon.Lexicons;
import org.dyad.lexicon.WordTable;
import org.dyad.model.ActorMention;
import org.dyad.model.ActorTaggedArticle;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Sentence;
import org.dyad.stage.Stage;
import org.dyad.stage.StageContext;

/**
 * The stage that finds actor mentions: every nominal head whose phrase names a state, a group,
 * an organisation or a person that the dictionaries know, with its country, agent class and
 * patron read off the dependency tree.
 */
public final class ActorRecognizer implements Stage<AnnotatedArticle, ActorTaggedArticle> {
    private final ActorLexicon lexicon;
    private final WordTable patronWords;

    public ActorRecognizer(ActorLexicon lexicon, WordTable patronWords) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.patronWords = Objects.requireNonNull(patronWords, "patronWords");
    }

    /** A recogniser over the bundled dictionaries and word lists. */
    public static ActorRecognizer loadBundled() {
        return new ActorRecognizer(ActorLexicon.load(), WordTable.load(Lexicons.PATRON_WORDS));
    }

    public ActorLexicon lexicon() {
        return lexicon;
    }

    @Override
    public ActorTaggedArticle apply(AnnotatedArticle annotated, StageContext context) {
        List<ActorMention> mentions = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            mentions.addAll(mentionsIn(s, annotated));
        }
        return new ActorTaggedArticle(annotated, mentions);
    }

    /** The actor mentions of one sentence, in token order. */
    public List<ActorMention> mentionsIn(Sentence sentence, AnnotatedArticle annotated) {
        var matches = lexicon.match(sentence, annotated.article().published());
        return new SentenceActors(sentence, matches, lexicon, patronWords).mentions();
    }
}
