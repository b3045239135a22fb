package org.dyad.coding.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.coding.cameo.PatternElement.CompoundMarker;
import org.dyad.coding.cameo.PatternElement.Prep;
import org.dyad.coding.cameo.PatternElement.Skip;
import org.dyad.coding.cameo.PatternElement.SourceMarker;
import org.dyad.coding.cameo.PatternElement.SynsetRef;
import org.dyad.coding.cameo.PatternElement.TargetMarker;
import org.dyad.coding.cameo.PatternElement.Word;
import org.dyad.lexicon.Lexicons;
import org.dyad.lexicon.WordTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PETRARCH-1 verb file reader on a hand-written file, and on the bundled Spanish one. */
class Petrarch1VerbReaderTest {
    private static final String FILE = String.join(
            "\n",
            "####### SYNONYM SETS #######",
            "&MILITAR",
            "+SOLDADOS",
            "+FUERZAS_ARMADAS",
            "&PREPOSICION",
            "+EN",
            "+DE",
            "####### VERB PATTERNS #######",
            "--- ABANDON   [080]  ---", // line 9
            "ABANDONAR",
            "+DEJAR_DE_LADO  [0874]",
            "RETIRARSE",
            "EXPLICADO",
            "VOLVER A CONVOCAR",
            "- * SEDE        [0874]        # ABANDON <ab 10 Nov 2005>",
            "- * AVANCE EN +        [0874]",
            "- $ * RETIRAR &MILITAR DEL +   [36]",
            "- TRIPULACION * BARCO  [---]",
            "- * EN_+ ^ %  [031:031]",
            "- * &PREPOSICION &MILITAR [080]",
            "- * &TOWN [080]",
            "- A UN EDUCADOR [182]",
            "- * TIRO, [190]",
            "--- DELAY   [120] ---[a]",
            "#DECIR [+DICIENDO]",
            "ATRASAR",
            "- * + FIESTA [160][d]");

    private static Petrarch1Verbs read;

    @BeforeAll
    static void read() {
        Petrarch1VerbReader reader =
                new Petrarch1VerbReader(CameoCodebook.loadBundled(), WordTable.load(Lexicons.SPANISH_PREPOSITIONS));
        read = reader.read("verbs_es.txt", new StringReader(FILE));
    }

    private static VerbBlock block(int i) {
        return read.dictionary().blocks().get(i);
    }

    @Test
    void synsetsAreReadWithoutPlurals() {
        assertThat(read.dictionary().synsets())
                .isEqualTo(Map.of(
                        "MILITAR", List.of(List.of("SOLDADOS"), List.of("FUERZAS", "ARMADAS")),
                        "PREPOSICION", List.of(List.of("EN"), List.of("DE"))));
    }

    @Test
    void verbsAreTheirWrittenFormLookedUpByLemma() {
        VerbDictionary d = read.dictionary();
        assertThat(d.blocks()).extracting(VerbBlock::name).containsExactly("ABANDON", "DELAY");
        assertThat(block(0).code()).contains("080");
        assertThat(block(1).code()).contains("120");
        assertThat(block(0).verbs())
                .extracting(VerbEntry::phrase)
                .containsExactly("ABANDONAR", "DEJAR DE LADO", "RETIRARSE", "EXPLICADO");
        VerbEntry abandonar = d.entriesFor("abandonar").get(0);
        assertThat(abandonar.forms()).containsExactly("ABANDONAR");
        assertThat(d.codeOf(abandonar)).contains("080");
        VerbEntry dejar = d.entriesFor("DEJAR").get(0);
        assertThat(dejar.after()).containsExactly("DE", "LADO");
        assertThat(d.codeOf(dejar)).contains("0874");
        // No English forms are generated, and a reflexive infinitive is only its written form.
        assertThat(d.entriesFor("ABANDONARS")).isEmpty();
        assertThat(d.entriesFor("RETIRAR")).isEmpty();
        assertThat(d.codeOf(d.entriesFor("ATRASAR").get(0))).contains("120");
    }

    @Test
    void patternsBecomeWordsPrepositionsSynsetsAndMarkers() {
        List<VerbPattern> p = block(0).patterns();
        assertThat(p).extracting(VerbPattern::line).containsExactly(15, 16, 17, 18, 19, 20);
        assertThat(p.get(0).before()).isEmpty();
        assertThat(p.get(0).after()).containsExactly(new Word("SEDE", false));
        assertThat(p.get(0).code()).contains("0874");
        assertThat(p.get(0).comment()).isEmpty();
        assertThat(p.get(1).after())
                .containsExactly(new Word("AVANCE", false), new Prep("EN", List.of(new TargetMarker())));
        SynsetRef militar = new SynsetRef("MILITAR", List.of(List.of("SOLDADOS"), List.of("FUERZAS", "ARMADAS")));
        assertThat(p.get(2).before()).containsExactly(new SourceMarker());
        assertThat(p.get(2).after())
                .containsExactly(new Word("RETIRAR", false), militar, new Prep("DE", List.of(new TargetMarker())));
        assertThat(p.get(2).code()).contains("036");
        assertThat(p.get(3).before()).containsExactly(new Word("TRIPULACION", false));
        assertThat(p.get(3).after()).containsExactly(new Word("BARCO", false));
        assertThat(p.get(3).code()).isEmpty();
        assertThat(p.get(4).after())
                .containsExactly(new Prep("EN", List.of(new TargetMarker(), new Skip(), new CompoundMarker())));
        assertThat(p.get(4).code()).contains("031");
        assertThat(p.get(4).pairedCode()).contains("031");
        assertThat(p.get(5).after().get(0)).isInstanceOf(SynsetRef.class);
        VerbPattern fiesta = block(1).patterns().get(0);
        assertThat(fiesta.after()).containsExactly(new TargetMarker(), new Word("FIESTA", false));
        assertThat(fiesta.code()).contains("160");
    }

    @Test
    void whatTheModelCannotSayIsCountedAndSkippedLinesReported() {
        assertThat(read.constructs())
                .isEqualTo(Map.ofEntries(
                        Map.entry(Petrarch1Construct.ORDERED_ELEMENTS, 4), // lines 16, 17, 20, 27
                        Map.entry(Petrarch1Construct.PREPOSITION, 3), // 16, 17, 19
                        Map.entry(Petrarch1Construct.CONTRACTION, 1), // DEL
                        Map.entry(Petrarch1Construct.LEADING_ZERO, 1), // [36]
                        Map.entry(Petrarch1Construct.WORDS_BEFORE_VERB, 1), // TRIPULACION
                        Map.entry(Petrarch1Construct.JOINED_MARKER, 1), // EN_+
                        Map.entry(Petrarch1Construct.SKIP_MARKER, 1),
                        Map.entry(Petrarch1Construct.COMPOUND_MARKER, 1),
                        Map.entry(Petrarch1Construct.PREPOSITION_SYNSET, 1),
                        Map.entry(Petrarch1Construct.TEXT_AFTER_CODE, 1), // [160][d]
                        Map.entry(Petrarch1Construct.BLOCK_HEADER_TAIL, 1), // ---[a]
                        Map.entry(Petrarch1Construct.NOT_INFINITIVE, 1), // EXPLICADO
                        Map.entry(Petrarch1Construct.REFLEXIVE_INFINITIVE, 1), // RETIRARSE
                        Map.entry(Petrarch1Construct.VERB_WITH_SPACES, 1),
                        Map.entry(Petrarch1Construct.UNDEFINED_SYNSET, 1),
                        Map.entry(Petrarch1Construct.STARS, 1),
                        Map.entry(Petrarch1Construct.ODD_WORD, 1)));
        assertThat(read.dictionary().diagnostics())
                .containsExactly(
                        "verbs_es.txt:14: expected one verb, found 'VOLVER A CONVOCAR'; line skipped",
                        "verbs_es.txt:21: undefined synset &TOWN; line skipped",
                        "verbs_es.txt:22: pattern needs one '*' for the verb, not 0; line skipped",
                        "verbs_es.txt:23: pattern word 'TIRO,' has punctuation; line skipped");
    }

    /**
     * Counts checked with awk on the file, apart from the reader: 753 lines start "---", one of
     * them the block "CONSIDERAR [----]" whose code is no code (skipped with its 8 verbs and 20
     * patterns). Below the "VERB PATTERNS" banner (line 2502), 4,859 verb lines (not blank, '#',
     * '-' or '&' once comments are cut), 47 of them several words without '_'; 17,880 pattern
     * lines, of which 31 have no '[', 6 not one '*', 4 a code ending in '!' (awk), and 5 name an
     * undefined synset and 16 a word with punctuation (grep). Above it, 44 synset labels and
     * 2,407 '+' lines, 2 skipped ('50_-_MM', 'AK_-_74') and 30 repeating a phrase of their synset.
     */
    @Test
    void bundledSpanishVerbPatternsLoad() {
        Petrarch1Verbs es = SpanishVerbs.load();
        assertThat(es.dictionary().blocks()).hasSize(753 - 1);
        assertThat(es.verbCount()).isEqualTo(4_859 - 8 - 47);
        assertThat(es.patternCount()).isEqualTo(17_880 - 20 - 31 - 6 - 4 - 5 - 16);
        assertThat(es.dictionary().synsets()).hasSize(44);
        assertThat(es.dictionary().synsets().values().stream()
                        .mapToInt(List::size)
                        .sum())
                .isEqualTo(2_407 - 2 - 30);
        assertThat(es.dictionary().entriesFor("ATACAR")).isNotEmpty();
        assertThat(es.dictionary().codes())
                .allMatch(code -> CameoCodebook.loadBundled().isValid(code));
        // The English dictionary is a separate one, untouched.
        assertThat(VerbDictionary.loadBundled().entriesFor("ATACAR")).isEmpty();
        assertThat(Optional.of(es.dictionary().version())).contains("verbpatterns_es_190128.txt");
    }
}
