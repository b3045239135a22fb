package org.dyad.nlp.conllu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.dyad.model.Dependency;
import org.dyad.model.EntityClass;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.model.Upos;
import org.junit.jupiter.api.Test;

/** Made-up sentences with their CoNLL-U parses, the offsets worked out by hand. */
class ConlluAnnotatorTest {
    // 0         1         2         3         4
    // 0123456789012345678901234567890123456789012345
    // La Iglesia Católica pidió ayuda del gobierno.
    static final String SPANISH = "La Iglesia Católica pidió ayuda del gobierno.";
    static final String SPANISH_PARSE = String.join(
            "\n",
            "1\tLa\tel\tDET\t_\tDefinite=Def|Gender=Fem|Number=Sing|PronType=Art\t2\tdet\t_\t_",
            "2\tIglesia\tIglesia\tPROPN\t_\t_\t4\tnsubj\t_\t_",
            "3\tCatolica\tCatolica\tPROPN\t_\t_\t2\tflat\t_\t_",
            "4\tpidió\tpedir\tVERB\t_\tMood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin\t0\troot\t_\t_",
            "5\tayuda\tayuda\tNOUN\t_\tGender=Fem|Number=Sing\t4\tobj\t_\t_",
            "6-7\tdel\t_\t_\t_\t_\t_\t_\t_\t_",
            "6\tde\tde\tADP\t_\t_\t8\tcase\t_\t_",
            "7\tel\tel\tDET\t_\tDefinite=Def|Gender=Masc|Number=Sing|PronType=Art\t8\tdet\t_\t_",
            "8\tgobierno\tgobierno\tNOUN\t_\tGender=Masc|Number=Sing\t4\tobl\t_\tSpaceAfter=No",
            "9\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_");

    static final String ENGLISH = "Arnor restored ties with Gondor.";
    static final String ENGLISH_PARSE = String.join(
            "\n",
            "1\tArnor\tArnor\tPROPN\tNNP\tNumber=Sing\t2\tnsubj\t_\t_",
            "2\trestored\trestore\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_",
            "3\tties\ttie\tNOUN\tNNS\tNumber=Plur\t2\tdobj\t_\t_",
            "4\twith\twith\tADP\tIN\t_\t5\tcase\t_\t_",
            "5\tGondor\tGondor\tPROPN\tNNP\tNumber=Sing\t2\tnmod\t_\tSpaceAfter=No",
            "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_");

    /** One word: the segmenter splits the clitic and writes back the alef the text elides. */
    static final String ARABIC = "للاحتجاج";

    static final String ARABIC_PARSE = String.join(
            "\n",
            "1\tل\tل\tADP\tP---------\t_\t2\tcase\t_\t_",
            "2\tالاحتجاج\tاحتجاج\tNOUN\tN------S2D\tCase=Gen|Definite=Def|Number=Sing\t0\troot\t_\t_");

    private static Sentence only(ConlluAnnotator a, String text) {
        List<Sentence> s = a.annotate(text);
        assertThat(s).hasSize(1);
        return s.get(0);
    }

    @Test
    void aMultiWordTokensPartsBothCutItsSurfaceAndAccentsTheParseLostAreFound() {
        ConlluAnnotator a = ConlluAnnotator.of(Map.of(SPANISH, SPANISH_PARSE), Map.of());
        Sentence s = only(a, SPANISH);

        assertThat(s.tokens())
                .extracting(Token::word)
                .containsExactly("La", "Iglesia", "Católica", "pidió", "ayuda", "de", "el", "gobierno", ".");
        assertThat(s.tokens())
                .extracting(Token::span)
                .containsExactly(
                        new Span(0, 2),
                        new Span(3, 10),
                        new Span(11, 19),
                        new Span(20, 25),
                        new Span(26, 31),
                        new Span(32, 35),
                        new Span(32, 35),
                        new Span(36, 44),
                        new Span(44, 45));
        assertThat(SPANISH.substring(32, 35)).isEqualTo("del");
        assertThat(s.token(2).lemma()).isEqualTo("Catolica");
        assertThat(s.token(3).upos()).isEqualTo(Upos.VERB);
        assertThat(s.token(3).has("Tense", "Past")).isTrue();
        assertThat(s.tokens()).extracting(Token::entity).containsOnly(EntityClass.NONE);
        assertThat(s.dependencies())
                .contains(
                        new Dependency(Dependency.ROOT, 3, "root"),
                        new Dependency(7, 5, "case"),
                        new Dependency(3, 7, "obl"));
        assertThat(s.span()).isEqualTo(new Span(0, 45));
        assertThat(a.matches())
                .containsEntry(TextAligner.Match.EXACT, 7)
                .containsEntry(TextAligner.Match.FOLDED, 1)
                .doesNotContainKey(TextAligner.Match.NONE);
        assertThat(a.version1()).isFalse();
    }

    @Test
    void englishPennTagsAreMappedAsCoreNlpsAndVersionOneRelationsReadAsVersionTwo() {
        ConlluAnnotator a = ConlluAnnotator.of(Map.of(ENGLISH, ENGLISH_PARSE), Map.of());
        Sentence s = only(a, ENGLISH);

        assertThat(a.version1()).isTrue();
        assertThat(s.dependencies())
                .containsExactly(
                        new Dependency(1, 0, "nsubj"),
                        new Dependency(Dependency.ROOT, 1, "root"),
                        new Dependency(1, 2, "obj"),
                        new Dependency(4, 3, "case"),
                        new Dependency(1, 4, "obl"),
                        new Dependency(1, 5, "punct"));
        assertThat(s.token(2).features().toString()).isEqualTo("Number=Plur");
        assertThat(s.token(4).span()).isEqualTo(new Span(25, 31));
    }

    @Test
    void aCliticSplitWithALetterRestoredIsFoundByEditDistance() {
        ConlluAnnotator a = ConlluAnnotator.of(Map.of(ARABIC, ARABIC_PARSE), Map.of());
        Sentence s = only(a, ARABIC);

        assertThat(s.tokens()).extracting(Token::span).containsExactly(new Span(0, 1), new Span(1, 8));
        assertThat(s.token(1).word())
                .as("the parse's form, not the elided text")
                .isEqualTo("الاحتجاج");
        assertThat(a.matches()).containsEntry(TextAligner.Match.FUZZY, 1);
    }

    @Test
    void aWordTheTextLacksGetsAnEmptySpanAndATextWithoutParseIsAnError() {
        String text = "Piden agua.";
        String parse = "1\tPiden\tpedir\tVERB\t_\t_\t0\troot\t_\t_\n2\tde\tde\tADP\t_\t_\t3\tcase\t_\t_\n"
                + "3\tagua\tagua\tNOUN\t_\t_\t1\tobj\t_\t_\n4\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_";
        ConlluAnnotator a = ConlluAnnotator.of(Map.of(text, parse), Map.of());

        assertThat(only(a, text).tokens())
                .extracting(Token::span)
                .containsExactly(new Span(0, 5), new Span(6, 6), new Span(6, 10), new Span(10, 11));
        assertThatThrownBy(() -> a.annotate("Otra frase.")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badLinesAndImpossibleHeadsAreProblemsNamedByRecord() {
        String text = "Hola mundo";
        String parse = "# sent_id = 1\n1\tHola\thola\tINTJ\t_\t_\t9\tdiscourse\t_\t_\nnot a line\n"
                + "2\tmundo\tmundo\tNOUN\t_\tbad|Number=Sing\t1\tvocative\t_\t_";
        ConlluAnnotator a = ConlluAnnotator.of(Map.of(text, parse), Map.of(text, "f.xml:7"));

        Sentence s = only(a, text);
        assertThat(s.dependencies()).contains(new Dependency(Dependency.ROOT, 0, "dep"));
        assertThat(s.token(1).features().toString()).isEqualTo("Number=Sing");
        assertThat(a.problems())
                .containsExactly(
                        "f.xml:7: parse line 3 has 1 columns, not 10",
                        "f.xml:7: parse word 1 'Hola' has head 9, no other word of its sentence: made a root");
    }
}
