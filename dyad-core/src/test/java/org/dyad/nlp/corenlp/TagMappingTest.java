package org.dyad.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.dyad.model.EntityClass;
import org.dyad.model.Features;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.model.Upos;
import org.junit.jupiter.api.Test;

/**
 * CoreNLP's tags mapped to dyad's: every Penn tag the tagger gives has a part of speech, and
 * every line the code used to draw with a Penn tag is drawn the same with dyad's tags.
 */
class TagMappingTest {
    /** The tag set of english-left3words-distsim in CoreNLP 4.5.10, but its sentence boundary ".$$.". */
    static final List<String> TAGGER_TAGS = List.of(
            "$", "''", ",", "-LRB-", "-RRB-", ".", ":", "ADD", "AFX", "CC", "CD", "DT", "EX", "FW", "GW", "HYPH", "IN",
            "JJ", "JJR", "JJS", "LS", "MD", "NFP", "NN", "NNP", "NNPS", "NNS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR",
            "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", "``");

    private final TagMapping tags = TagMapping.bundled();

    @Test
    void everyTagTheTaggerGivesMaps() {
        assertThat(tags.tags()).containsExactlyInAnyOrderElementsOf(TAGGER_TAGS);
    }

    @Test
    void mapsByTheUdEnglishCorrespondences() {
        assertThat(tags.partOfSpeech("NNP")).isEqualTo(pos(Upos.PROPN, "Number=Sing"));
        assertThat(tags.partOfSpeech("NNS")).isEqualTo(pos(Upos.NOUN, "Number=Plur"));
        assertThat(tags.partOfSpeech("VBN")).isEqualTo(pos(Upos.VERB, "Tense=Past|VerbForm=Part"));
        assertThat(tags.partOfSpeech("VBZ"))
                .isEqualTo(pos(Upos.VERB, "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"));
        assertThat(tags.partOfSpeech("MD")).isEqualTo(pos(Upos.AUX, "VerbForm=Fin"));
        assertThat(tags.partOfSpeech("PRP$")).isEqualTo(pos(Upos.PRON, "Poss=Yes|PronType=Prs"));
        assertThat(tags.partOfSpeech("JJR")).isEqualTo(pos(Upos.ADJ, "Degree=Cmp"));
        assertThat(tags.partOfSpeech("CD")).isEqualTo(pos(Upos.NUM, "NumType=Card"));
        assertThat(tags.partOfSpeech("IN")).isEqualTo(pos(Upos.ADP, "_"));
    }

    @Test
    void everyVerbTagIsVerbAndOnlyTheModalIsAuxiliary() {
        for (String tag : tags.tags()) {
            Upos upos = tags.partOfSpeech(tag).upos();
            assertThat(upos == Upos.VERB).as(tag).isEqualTo(tag.startsWith("VB"));
            assertThat(upos == Upos.AUX).as(tag).isEqualTo(tag.equals("MD"));
        }
    }

    @Test
    void anUnknownTagIsAnErrorForTheTestKitAndXForTheAdapter() {
        assertThatThrownBy(() -> tags.partOfSpeech("NNX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"NNX\"");
        assertThat(tags.partOfSpeechOrUnknown("NNX")).isEqualTo(pos(Upos.X, "_"));
        assertThat(tags.partOfSpeechOrUnknown(null)).isEqualTo(pos(Upos.X, "_"));
    }

    @Test
    void nerClassesMapByNameAndOIsNone() {
        assertThat(TagMapping.entityClass("O")).isEqualTo(EntityClass.NONE);
        assertThat(TagMapping.entityClass(null)).isEqualTo(EntityClass.NONE);
        for (String ner : List.of(
                "PERSON",
                "ORGANIZATION",
                "LOCATION",
                "MISC",
                "DATE",
                "TIME",
                "DURATION",
                "SET",
                "NUMBER",
                "ORDINAL",
                "MONEY",
                "PERCENT",
                "COUNTRY",
                "CITY",
                "STATE_OR_PROVINCE",
                "NATIONALITY",
                "RELIGION",
                "TITLE",
                "IDEOLOGY",
                "CRIMINAL_CHARGE",
                "CAUSE_OF_DEATH",
                "EMAIL",
                "URL",
                "HANDLE")) {
            assertThat(TagMapping.entityClass(ner).name()).isEqualTo(ner);
        }
        assertThat(TagMapping.entityClass("B-PER")).isEqualTo(EntityClass.OTHER);
        assertThat(TagMapping.entityClass("NONE")).isEqualTo(EntityClass.OTHER);
        assertThat(TagMapping.entityClass("person")).isEqualTo(EntityClass.OTHER);
    }

    @Test
    void aBadTableLineIsAnErrorNamingFileAndLine() {
        assertThatThrownBy(() -> read("# tags\nNN\tNOUN\tNumber=Sing\nNNS\tNOUNS\tNumber=Plur\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("t.tsv:3: ")
                .hasMessageContaining("NOUNS");
        assertThatThrownBy(() -> read("NN\tNOUN\n")).hasMessageStartingWith("t.tsv:1: ");
        assertThatThrownBy(() -> read("NN\tNOUN\tNumber\n")).hasMessageStartingWith("t.tsv:1: ");
        assertThatThrownBy(() -> read("NN\tNOUN\t_\nNN\tNOUN\t_\n")).hasMessageContaining("listed twice");
    }

    /**
     * Each test the code drew with a Penn tag before dyad had tags of its own, beside the test it
     * draws now; the two must agree on every tag of the table.
     */
    @Test
    void theCodeDrawsTheSameLinesWithDyadsTags() {
        Map<String, Pair> tests = new LinkedHashMap<>();
        tests.put("verb", new Pair(p -> p.startsWith("VB"), Token::isVerb));
        tests.put("noun", new Pair(p -> p.startsWith("NN"), Token::isNoun));
        tests.put("pronoun", new Pair(p -> p.startsWith("PRP") || p.equals("WP"), Token::isPronoun));
        tests.put("proper noun", new Pair(p -> p.startsWith("NNP"), Token::isProperNoun));
        tests.put("common noun", new Pair(p -> p.startsWith("NN") && !p.startsWith("NNP"), t -> t.upos() == Upos.NOUN));
        tests.put("personal pronoun", new Pair(p -> p.startsWith("PRP"), Token::isPersonalPronoun));
        tests.put(
                "possessive pronoun",
                new Pair(p -> p.equals("PRP$"), t -> t.isPersonalPronoun() && t.has("Poss", "Yes")));
        tests.put("past participle", new Pair(p -> p.equals("VBN"), Token::isPastParticiple));
        tests.put("-ing form", new Pair(p -> p.equals("VBG"), Token::isPresentParticiple));
        tests.put(
                "participle",
                new Pair(
                        p -> p.equals("VBN") || p.equals("VBG"), t -> t.isPastParticiple() || t.isPresentParticiple()));
        tests.put("finite", new Pair(p -> p.equals("VBZ") || p.equals("VBD") || p.equals("VBP"), Token::isFiniteVerb));
        tests.put("past", new Pair(p -> p.equals("VBD"), t -> t.isFiniteVerb() && t.has("Tense", "Past")));
        tests.put("base form", new Pair(p -> p.equals("VB"), t -> t.isVerb() && t.has("VerbForm", "Inf")));
        tests.put(
                "plural noun",
                new Pair(p -> p.equals("NNS") || p.equals("NNPS"), t -> t.isNoun() && t.has("Number", "Plur")));
        tests.put(
                "plural common noun",
                new Pair(p -> p.equals("NNS"), t -> t.upos() == Upos.NOUN && t.has("Number", "Plur")));
        tests.put(
                "Coreference's plural subject",
                new Pair(
                        p -> p.endsWith("S"),
                        t -> t.isNoun() && t.has("Number", "Plur")
                                || t.has("Degree", "Sup")
                                || t.upos() == Upos.PART && t.has("Poss", "Yes")
                                || t.upos() == Upos.X && t.has("NumType", "Ord")));
        tests.put("number", new Pair(p -> p.equals("CD"), t -> t.upos() == Upos.NUM));
        tests.put(
                "adjective",
                new Pair(
                        p -> p.startsWith("JJ"),
                        t -> t.upos() == Upos.ADJ && t.features().has("Degree")));
        tests.put("possessive 's", new Pair(p -> p.equals("POS"), t -> t.upos() == Upos.PART && t.has("Poss", "Yes")));
        tests.put("opening quote", new Pair(p -> p.equals("``"), t -> quote(t, "Ini")));
        tests.put("closing quote", new Pair(p -> p.equals("''"), t -> quote(t, "Fin")));
        tests.put(
                "proper noun or hyphen",
                new Pair(
                        p -> p.startsWith("NNP") || p.equals("HYPH"),
                        t -> t.isProperNoun() || t.upos() == Upos.PUNCT && t.has("PunctType", "Dash")));
        tests.put(
                "punctuation trimmed from a mention",
                new Pair(
                        p -> p.matches("[.,:`'\"]+|-RRB-|-LRB-|HYPH"),
                        t -> t.upos() == Upos.PUNCT && t.features().has("PunctType")));
        for (String tag : tags.tags()) {
            TagMapping.PartOfSpeech pos = tags.partOfSpeech(tag);
            Token t = new Token(0, "w", "w", pos.upos(), pos.features(), EntityClass.NONE, new Span(0, 1));
            tests.forEach((name, pair) -> assertThat(pair.dyad().test(t))
                    .as(name + " of " + tag)
                    .isEqualTo(pair.penn().test(tag)));
        }
        // The adapter's fallback for a token with no tag was the tag "X": no test took it either.
        TagMapping.PartOfSpeech unknown = tags.partOfSpeechOrUnknown(null);
        Token x = new Token(0, "w", "w", unknown.upos(), unknown.features(), EntityClass.NONE, new Span(0, 1));
        tests.forEach((name, pair) -> assertThat(pair.dyad().test(x))
                .as(name + " of X")
                .isEqualTo(pair.penn().test("X")));
    }

    private record Pair(Predicate<String> penn, Predicate<Token> dyad) {}

    private static boolean quote(Token t, String side) {
        return t.upos() == Upos.PUNCT && t.has("PunctType", "Quot") && t.has("PunctSide", side);
    }

    private static TagMapping.PartOfSpeech pos(Upos upos, String features) {
        return new TagMapping.PartOfSpeech(upos, Features.parse(features));
    }

    private static TagMapping read(String table) throws java.io.IOException {
        return TagMapping.read("t.tsv", new BufferedReader(new StringReader(table)));
    }
}
