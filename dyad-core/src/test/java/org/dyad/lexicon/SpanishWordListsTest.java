package org.dyad.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dyad.coding.Embedding;
import org.dyad.coding.NounCoder;
import org.dyad.rules.Rules;
import org.dyad.rules.WordClasses;
import org.dyad.time.TimeWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Spanish word lists under {@code dyad/lexicon/es/}, each read by the reader of the English
 * file of the same name: they load cleanly, give only the values the English files give, and hold
 * the words a Spanish reader is sure of.
 */
class SpanishWordListsTest {
    private static final String EN = "dyad/lexicon/";
    private static final String ES = "dyad/lexicon/es/";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "source-words.txt",
                "modality.txt",
                "embedding-verbs.txt",
                "judgment-words.txt",
                "light-verbs.txt",
                "coreference-words.txt",
                "institution-words.txt",
                "kinship-words.txt",
                "command-words.txt",
                "patron-words.txt",
                "patron-nouns.txt",
                "time-words.txt",
                "time-cues.txt"
            })
    void eachTableListsEveryWordOnceWithOnlyTheValueKindsOfItsEnglishFile(String name) {
        WordTable es = WordTable.load(ES + name);
        List<String> firstWords = WordListFiles.firstWords(Resources.read(ES + name));
        Set<String> repeated = firstWords.stream()
                .filter(w -> firstWords.indexOf(w) != firstWords.lastIndexOf(w))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(repeated).as(name + ": words listed twice").isEmpty();
        assertThat(es.words()).as(name).hasSize(firstWords.size()).hasSizeGreaterThan(2);
        Set<String> allowed = WordListFiles.kinds(WordTable.load(EN + name));
        // "según" opens the "according to" phrase, which the English rules name as a word.
        allowed.addAll(name.equals("source-words.txt") ? Set.of("according") : Set.of());
        assertThat(WordListFiles.kinds(es)).as(name + ": value kinds").isSubsetOf(allowed);
    }

    @Test
    void wordClassesDefineEveryEnglishClassAndNoOther() {
        WordClasses en = WordClasses.parse("word-classes.txt", Resources.read(EN + "word-classes.txt"), Map.of());
        WordClasses es = WordListFiles.classes("es");
        assertThat(es.diagnostics()).isEmpty();
        Set<String> enNames = WordListFiles.classNames(Resources.read(EN + "word-classes.txt"));
        assertThat(enNames).hasSizeGreaterThan(40);
        assertThat(WordListFiles.classNames(Resources.read(ES + "word-classes.txt")))
                .isEqualTo(enNames);
        enNames.forEach(n -> assertThat(es.words(n)).as("@" + n).isNotEmpty());
        assertThat(en.diagnostics()).isEmpty();
    }

    @Test
    void theBundledRulesFindEveryClassTheyNameAmongTheSpanishOnes() {
        // The rules as the Spanish pipeline loads them: the shared files (and the language's own, if any)
        // over its word classes and tables.
        assertThat(Rules.loadBundled(new BundledWords("es")).diagnostics()).isEmpty();
    }

    @Test
    void wordClassesHoldTheSpanishWordsOfTheirRoles() {
        WordClasses es = WordListFiles.classes("es");
        assertThat(es.contains("target_prepositions", "contra")).isTrue();
        assertThat(es.contains("target_prepositions", "con")).isTrue();
        // "en" mostly gives a place, as English "in" does; "por" brings the passive's agent.
        assertThat(es.contains("target_prepositions", "en")).isFalse();
        assertThat(es.contains("target_prepositions", "por")).isFalse();
        assertThat(es.contains("between", "entre")).isTrue();
        assertThat(es.contains("noun_agent_prepositions", "por")).isTrue();
        assertThat(es.contains("relative_pronouns", "quienes")).isTrue();
        assertThat(es.contains("measure_verbs", "imponer")).isTrue();
        assertThat(es.contains("where_prepositions", "en")).isTrue();
        assertThat(es.contains("region_designators", "provincia")).isTrue();
        assertThat(es.contains("clause_families", "demand")).isTrue();
        // Tables named in index.txt are classes too: the Spanish ones, under the English names.
        assertThat(es.contains("modality.negation", "no")).isTrue();
        assertThat(es.contains("embedding-verbs.report", "decir")).isTrue();
        assertThat(es.contains("source-words.cited", "citar")).isTrue();
        assertThat(es.contains("patron-words", "respaldado")).isTrue();
    }

    @Test
    void tablesGiveTheSpanishWordsTheirEnglishValues() {
        WordTable sources = WordTable.load(ES + "source-words.txt");
        assertThat(sources.value("según")).contains("according");
        assertThat(sources.value("portavoz")).contains("official");
        assertThat(sources.value("agencia")).contains("media");
        WordTable modality = WordTable.load(ES + "modality.txt");
        assertThat(modality.value("no")).contains("negation");
        assertThat(modality.value("nunca")).contains("negation");
        assertThat(modality.value("puede")).contains("possibility");
        assertThat(modality.value("debe")).contains("obligation");
        assertThat(modality.value("si")).contains("condition");
        assertThat(modality.value("presunto")).contains("allegation");
        WordTable judgments = WordTable.load(ES + "judgment-words.txt");
        assertThat(judgments.value("considerar")).contains("judge");
        assertThat(judgments.value("amenaza")).contains("110");
        assertThat(judgments.value("aliado")).contains("051");
        assertThat(WordTable.load(ES + "light-verbs.txt").contains("realizar")).isTrue();
        assertThat(WordTable.load(ES + "coreference-words.txt").value("ambos")).contains("determiner");
        assertThat(WordTable.load(ES + "coreference-words.txt").value("ellos")).contains("many");
        assertThat(WordTable.load(ES + "kinship-words.txt").value("étnico")).contains("people");
        assertThat(WordTable.load(ES + "patron-nouns.txt").value("aliado")).contains("possessor");
        assertThat(WordTable.load(ES + "institution-words.txt").contains("policía"))
                .isTrue();
        assertThat(WordTable.load(ES + "command-words.txt").contains("liderado"))
                .isTrue();
        assertThat(WordTable.load(ES + "time-cues.txt").contains("miércoles")).isTrue();
    }

    @Test
    void embeddingVerbsCombineWithTheSharedCodes() {
        Embedding es = new Embedding(
                WordTable.load(ES + "embedding-verbs.txt"), Embedding.parseCodes(Resources.read(Embedding.CODES)));
        // "instó a Siria a retirarse": an appeal (02x) to withdraw (0874) is 025; "se negó a liberar" 124.
        assertThat(es.family("instar")).contains("appeal");
        assertThat(es.combine("appeal", "0874")).contains("025");
        assertThat(es.family("negar")).contains("reject");
        assertThat(es.combine("reject", "0841")).contains("124");
        assertThat(es.isReporting("afirmar")).isTrue();
        assertThat(es.isReporting("atacar")).isFalse();
    }

    @Test
    void eventNounsAreAllReadWithTheirCodes() {
        String text = Resources.read(ES + "event-nouns.tsv");
        long rows = text.lines()
                .filter(l -> !l.isBlank() && !l.strip().startsWith("#"))
                .count();
        List<NounCoder.Entry> entries = NounCoder.parse(text);
        assertThat(entries).hasSize((int) rows).hasSizeGreaterThan(50);
        Map<String, String> codes = new LinkedHashMap<>();
        entries.forEach(e -> codes.put(String.join(" ", e.words()), e.code()));
        assertThat(codes).hasSize(entries.size()); // no phrase twice
        assertThat(codes)
                .containsEntry("ataque", "190")
                .containsEntry("protesta", "141")
                .containsEntry("marcha", "141")
                .containsEntry("en marcha", NounCoder.NULL_CODE) // no event: "puso en marcha un plan"
                .containsEntry("huelga de hambre", "142")
                .containsEntry("reunión", "040")
                .containsEntry("cumbre", "043")
                .containsEntry("sanción", "163")
                .containsEntry("tregua", "0871")
                .containsEntry("coche bomba", "1832");
    }

    @Test
    void timeWordsReadTheSpanishUnitsDaysAndMonths() {
        TimeWords es = new TimeWords(WordTable.load(ES + "time-words.txt"));
        assertThat(es.unit("semanas")).contains(new TimeWords.Unit("week", 7));
        assertThat(es.weekday("miércoles")).contains(DayOfWeek.WEDNESDAY);
        assertThat(es.month("dic.")).isTrue();
        assertThat(es.month("lunes")).isFalse();
        assertThat(es.ago("hace")).isTrue();
        assertThat(es.part("mediados")).contains(2);
        assertThat(es.toNow("desde")).isTrue();
    }
}
