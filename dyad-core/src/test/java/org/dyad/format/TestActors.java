package org.dyad.format;

import java.util.List;
import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.ActorMention;
import org.dyad.model.ActorTaggedArticle;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.testkit.Sentences;

/** A hand-built article with actor mentions, after a first sentence with a character beyond the BMP. */
final class TestActors {
    /** Ends with "😢" (two UTF-16 units, one code point) and a newline. */
    static final String FIRST = "Witnesses wept 😢\n";

    static final Sentence SENTENCE = Sentences.of(1, FIRST.length(), """
            1 Colonel Colonel NNP O 3 compound
            2 Jamil Jamil NNP PERSON 3 compound
            3 Nadir Nadir NNP PERSON 4 nsubj
            4 met meet VBD O 0 root
            5 Russian Russian JJ NATIONALITY 6 amod
            6 officers officer NNS O 4 obj
            """);
    static final String TEXT = FIRST + SENTENCE.text();

    private TestActors() {}

    static ActorTaggedArticle article() {
        Article article = Article.ofText("a1", TEXT, Optional.empty(), "test");
        ActorMention nadir = new ActorMention(
                1,
                new Span(0, 3),
                2,
                SENTENCE.charSpan(0, 2),
                "Colonel Jamil Nadir",
                new Actor(
                        "Colonel Jamil Nadir",
                        "SYRMIL",
                        Optional.of("SYR"),
                        Optional.of("MIL"),
                        Optional.of("RUS"),
                        ActorKind.PERSON),
                List.of("mine.txt:1"));
        ActorMention officers = new ActorMention(
                1,
                new Span(4, 6),
                5,
                SENTENCE.charSpan(4, 5),
                "Russian officers",
                new Actor("Russia", "RUS", Optional.of("RUS"), Optional.empty(), Optional.empty(), ActorKind.STATE),
                List.of("countries.tsv:RUS demonym", "new actor: Russian officers"));
        Sentence first = Sentences.of(0, 0, "1 Witnesses witness NNS O 0 root");
        return new ActorTaggedArticle(
                new AnnotatedArticle(article, List.of(first, SENTENCE)), List.of(nadir, officers));
    }
}
