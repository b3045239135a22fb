package org.dyad.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.trees.Tree;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.dyad.model.Dependency;
import org.dyad.model.Upos;
import org.junit.jupiter.api.Test;

/**
 * The Arabic annotator's tables, without CoreNLP's models: the tag table, the verb affixes behind
 * lemmas, and the relations read off hand-written ATB trees.
 */
class ArabicRulesTest {
    /** The tag set of CoreNLP 4.5.10's arabic.tagger (its MaxentTagger.tagSet()). */
    private static final List<String> TAGGER_TAGS = List.of(
            "NN",
            "JJ",
            "WRB",
            "PRP",
            "DT",
            "NNP",
            "NNS",
            "ADJ_NUM",
            "JJR",
            "UH",
            ".$$.",
            "VBD",
            "WP",
            "VBG",
            "NOUN_QUANT",
            "DTNNPS",
            "PUNC",
            "CC",
            "CD",
            "VBN",
            "IN",
            "VBP",
            "DTNNP",
            "DTNNS",
            "DTJJR",
            "NNPS",
            "VB",
            "DTJJ",
            "DTNN",
            "RB",
            "PRP$",
            "VN",
            "RP");

    private final ArabicLemmas lemmas = ArabicLemmas.bundled();
    private final ArabicDependencies dependencies = new ArabicDependencies(ArabicRelations.bundled(), lemmas);

    @Test
    void everyTagTheTaggerGivesMaps() {
        TagMapping tags = TagMapping.bundled(ArabicAnnotator.TAGS);
        assertThat(tags.tags()).containsExactlyInAnyOrderElementsOf(TAGGER_TAGS);
        assertThat(tags.partOfSpeech("VBD").upos()).isEqualTo(Upos.VERB);
        assertThat(tags.partOfSpeech("VBD").features().has("Tense", "Past")).isTrue();
        assertThat(tags.partOfSpeech("DTNNS").features().toString()).isEqualTo("Definite=Def|Number=Plur");
    }

    @Test
    void lemmasLoseTheArticleAndTheVerbsInflection() {
        assertThat(lemmas.lemma("الحكومة", "DTNN")).isEqualTo("حكومة");
        assertThat(lemmas.lemma("الحكومة", "NN")).isEqualTo("الحكومة");
        assertThat(lemmas.lemma("هاجمت", "VBD")).isEqualTo("هاجم");
        assertThat(lemmas.lemma("خرجوا", "VBD")).isEqualTo("خرج");
        assertThat(lemmas.lemma("يتظاهرون", "VBP")).isEqualTo("تظاهر");
        assertThat(lemmas.lemma("يستخدم", "VBP")).isEqualTo("استخدم");
        // Three letters stay ("دعا" keeps its alif); marks come off ("قَالَ").
        assertThat(lemmas.lemma("دعا", "VBD")).isEqualTo("دعا");
        assertThat(lemmas.lemma("قَالَ", "VBD")).isEqualTo("قال");
        // Adjectives come to the masculine singular, sound plural nouns to the singular, as the
        // dictionaries list them; a noun's "ات" and a short stem stay.
        assertThat(lemmas.lemma("المصرية", "DTJJ")).isEqualTo("مصري");
        assertThat(lemmas.lemma("المصريين", "DTJJ")).isEqualTo("مصري");
        assertThat(lemmas.lemma("مسلحة", "JJ")).isEqualTo("مسلح");
        assertThat(lemmas.lemma("المتظاهرين", "DTNNS")).isEqualTo("متظاهر");
        assertThat(lemmas.lemma("منظمات", "NNS")).isEqualTo("منظمات");
        assertThat(lemmas.lemma("سنين", "NNS")).isEqualTo("سنين");
        assertThat(lemmas.carriesSubject("خرجوا", "VBD")).isTrue();
        assertThat(lemmas.carriesSubject("هاجمت", "VBD")).isFalse();
    }

    @Test
    void afterTheVerbTheFirstNounPhraseIsTheSubjectAndTheNextTheObject() {
        // اعتقلت الشرطة صحفيين في بغداد
        List<Dependency> deps = parse("(ROOT (S (VP (VBD اعتقلت) (NP (DTNN الشرطة)) (NP (NNS صحفيين))"
                + " (PP (IN في) (NP (NNP بغداد)))) (PUNC .)))");
        assertThat(deps)
                .containsExactly(
                        new Dependency(Dependency.ROOT, 0, "root"),
                        new Dependency(0, 1, "nsubj"),
                        new Dependency(0, 2, "obj"),
                        new Dependency(4, 3, "case"),
                        new Dependency(0, 4, "obl"),
                        new Dependency(0, 5, "punct"));
    }

    @Test
    void aSubjectBeforeTheVerbOrInItsSuffixLeavesTheObject() {
        // الحكومة تدعم الجيش: the subject first (SVO)
        assertThat(parse("(ROOT (S (NP (DTNN الحكومة)) (VP (VBP تدعم) (NP (DTNN الجيش)))))"))
                .contains(new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "obj"));
        // هاجموا المتظاهرين: "وا" is the subject
        assertThat(parse("(ROOT (S (VP (VBD هاجموا) (NP (DTNN المتظاهرين)))))")).contains(new Dependency(0, 1, "obj"));
    }

    @Test
    void idafaAdjectivesAndCoordination() {
        // قوات الأمن الجديدة و الجيش
        List<Dependency> deps = parse(
                "(ROOT (NP (NP (NNS قوات) (NP (DTNN الامن)) (ADJP (DTJJ الجديدة)))" + " (CC و) (NP (DTNN الجيش))))");
        assertThat(deps)
                .containsExactly(
                        new Dependency(Dependency.ROOT, 0, "root"),
                        new Dependency(0, 1, "nmod"),
                        new Dependency(0, 2, "amod"),
                        new Dependency(4, 3, "cc"),
                        new Dependency(0, 4, "conj"));
    }

    @Test
    void aRuleTableWithTooFewColumnsOrABadPositionIsRefused() {
        assertThatThrownBy(() -> relations("VP\tVB*\tNP\t*\tnsubj"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("t:1:");
        assertThatThrownBy(() -> relations("VP\tVB*\tNP\t*\tfirst\tnsubj")).hasMessageContaining("position \"first\"");
    }

    private List<Dependency> parse(String penn) {
        Tree tree = Tree.valueOf(penn);
        List<String> words =
                tree.getLeaves().stream().map(l -> l.label().value()).toList();
        List<String> tags = tree.preTerminalYield().stream().map(l -> l.value()).toList();
        return dependencies.of(tree, words, tags);
    }

    private static ArabicRelations relations(String table) throws IOException {
        return ArabicRelations.read("t", new BufferedReader(new StringReader(table)));
    }
}
