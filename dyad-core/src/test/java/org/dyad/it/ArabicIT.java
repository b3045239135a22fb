package org.dyad.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Dependency;
import org.dyad.model.EntityClass;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.model.Upos;
import org.dyad.nlp.corenlp.ArabicAnnotator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Arabic on CoreNLP's Arabic models: clitic pieces, the spans they cut in the text, tags, lemmas
 * and the UD relations read off the constituency parse, on three short sentences written for this
 * test: a verb before its subject (VSO), a transitive verb, a reported clause after "و".
 */
class ArabicIT {
    private static final String TEXT = "تظاهر آلاف الطلاب في القاهرة يوم الثلاثاء.\n"
            + "اعتقلت قوات الأمن ثلاثة صحفيين.\n"
            + "وقال الرئيس إن الحكومة ستدعم الجيش.\n";

    private static ArabicAnnotator annotator;
    private static List<Sentence> sentences;

    @BeforeAll
    static void load() {
        annotator = new ArabicAnnotator();
        sentences = annotator.annotate(TEXT);
    }

    @AfterAll
    static void close() {
        annotator.close();
    }

    @Test
    void eachLineIsASentenceAndNoTokenHasAnEntityClass() {
        assertThat(sentences)
                .extracting(Sentence::text)
                .containsExactly(
                        "تظاهر آلاف الطلاب في القاهرة يوم الثلاثاء.",
                        "اعتقلت قوات الأمن ثلاثة صحفيين.",
                        "وقال الرئيس إن الحكومة ستدعم الجيش.");
        assertThat(sentences)
                .flatExtracting(Sentence::tokens)
                .extracting(Token::entity)
                .containsOnly(EntityClass.NONE);
    }

    @Test
    void theVerbBeforeItsSubjectGovernsItAndItsPlace() {
        Sentence s = sentences.get(0);
        assertThat(s.tokens())
                .extracting(Token::word)
                .containsExactly("تظاهر", "آلاف", "الطلاب", "في", "القاهرة", "يوم", "الثلاثاء", ".");
        Token verb = s.token(0);
        assertThat(verb.upos()).isEqualTo(Upos.VERB);
        assertThat(verb.has("Tense", "Past")).isTrue();
        assertThat(text(verb)).isEqualTo("تظاهر");
        // The segmenter writes "الاف"; the token keeps the text's hamza.
        assertThat(text(s.token(1))).isEqualTo("آلاف");
        assertThat(s.token(4).lemma()).isEqualTo("قاهرة");
        assertThat(s.dependencies())
                .contains(new Dependency(Dependency.ROOT, 0, "root"))
                .contains(new Dependency(0, 1, "nsubj"))
                .contains(new Dependency(1, 2, "nmod"))
                .contains(new Dependency(0, 4, "obl"))
                .contains(new Dependency(4, 3, "case"))
                .contains(new Dependency(0, 7, "punct"));
    }

    @Test
    void aTransitiveVerbHasItsSubjectThenItsObject() {
        Sentence s = sentences.get(1);
        assertThat(s.tokens())
                .extracting(Token::word)
                .containsExactly("اعتقلت", "قوات", "الأمن", "ثلاثة", "صحفيين", ".");
        assertThat(s.token(0).upos()).isEqualTo(Upos.VERB);
        assertThat(s.token(0).lemma()).isEqualTo("اعتقل");
        assertThat(s.dependencies())
                .contains(new Dependency(Dependency.ROOT, 0, "root"))
                .contains(new Dependency(0, 1, "nsubj"))
                .contains(new Dependency(0, 4, "obj"));
    }

    @Test
    void cliticPiecesShareTheSpanOfTheirWord() {
        Sentence s = sentences.get(2);
        assertThat(s.tokens())
                .extracting(Token::word)
                .containsExactly("و", "قال", "الرئيس", "إن", "الحكومة", "س", "تدعم", "الجيش", ".");
        Span said = s.token(0).span();
        assertThat(s.token(1).span()).isEqualTo(said);
        assertThat(TEXT.substring(said.start(), said.end())).isEqualTo("وقال");
        assertThat(s.token(5).span()).isEqualTo(s.token(6).span());
        assertThat(text(s.token(6))).isEqualTo("ستدعم");
        assertThat(text(s.token(7))).isEqualTo("الجيش");
        assertThat(s.token(1).upos()).isEqualTo(Upos.VERB);
        assertThat(s.token(3).upos()).isEqualTo(Upos.SCONJ);
        assertThat(s.dependencies())
                .contains(new Dependency(Dependency.ROOT, 1, "root"))
                .contains(new Dependency(1, 0, "cc"))
                .contains(new Dependency(1, 2, "nsubj"))
                .contains(new Dependency(1, 6, "ccomp"))
                .contains(new Dependency(6, 3, "mark"))
                // The subject before the verb (SVO): the noun phrase after it is the object.
                .contains(new Dependency(6, 4, "nsubj"))
                .contains(new Dependency(6, 7, "obj"))
                .contains(new Dependency(6, 5, "aux"));
    }

    private static String text(Token t) {
        return TEXT.substring(t.span().start(), t.span().end());
    }
}
