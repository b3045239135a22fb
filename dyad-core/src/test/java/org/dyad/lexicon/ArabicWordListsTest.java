package org.dyad.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dyad.coding.Embedding;
import org.dyad.coding.NounCoder;
import org.dyad.rules.Rules;
import org.dyad.rules.WordClasses;
import org.dyad.time.TimeWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Arabic word lists under {@code dyad/lexicon/ar/}, each read by the reader of the English
 * file of the same name: they load cleanly, give only the values the English files give, hold
 * the words an Arabic reader is sure of, and are written in the normalised spelling the Arabic
 * pipeline compares words in.
 */
class ArabicWordListsTest {
    private static final String EN = "dyad/lexicon/";
    private static final String AR = "dyad/lexicon/ar/";
    private static final List<String> TABLES = List.of(
            "function-words.txt",
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
            "time-words.txt");

    static List<String> tables() {
        return TABLES;
    }

    /** Diacritics (harakat, tanwin, shadda, sukun, dagger alef) and tatweel. */
    private static final Pattern MARKS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");
    /** What normalising rewrites: hamzated and wasla alefs, alef maqsura, taa marbuta. */
    private static final Pattern UNNORMALISED = Pattern.compile("[\\u0623\\u0625\\u0622\\u0671\\u0649\\u0629]");

    @ParameterizedTest
    @MethodSource("tables")
    void eachTableListsEveryWordOnceWithOnlyTheValueKindsOfItsEnglishFile(String name) {
        WordTable ar = WordTable.load(AR + name);
        List<String> firstWords = WordListFiles.firstWords(Resources.read(AR + name));
        Set<String> repeated = firstWords.stream()
                .filter(w -> firstWords.indexOf(w) != firstWords.lastIndexOf(w))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(repeated).as(name + ": words listed twice").isEmpty();
        assertThat(ar.words()).as(name).hasSize(firstWords.size()).hasSizeGreaterThan(2);
        Set<String> allowed = WordListFiles.kinds(WordTable.load(EN + name));
        // "حسب" opens the "according to" phrase, as the Spanish list's "según" does.
        allowed.addAll(name.equals("source-words.txt") ? Set.of("according") : Set.of());
        assertThat(WordListFiles.kinds(ar)).as(name + ": value kinds").isSubsetOf(allowed);
    }

    @Test
    void everyWordIsWrittenNormalised() {
        List<String> words = new ArrayList<>();
        TABLES.forEach(name -> words.addAll(WordListFiles.firstWords(Resources.read(AR + name))));
        Resources.read(AR + "word-classes.txt")
                .lines()
                .map(l -> l.replaceAll("#.*", "").strip())
                .filter(l -> l.startsWith("@"))
                .forEach(l -> words.addAll(List.of(l.split("\\s+")).subList(1, l.split("\\s+").length)));
        NounCoder.parse(Resources.read(AR + "event-nouns.tsv")).forEach(e -> words.addAll(e.words()));
        assertThat(words).hasSizeGreaterThan(800);
        assertThat(words.stream().filter(w -> MARKS.matcher(w).find()))
                .as("diacritics or tatweel")
                .isEmpty();
        assertThat(words.stream().filter(w -> UNNORMALISED.matcher(w).find()))
                .as("أ إ آ ٱ ى ة, which normalising rewrites")
                .isEmpty();
        // The normalised forms themselves are there: "الي" for "إلى", "مظاهره" for "مظاهرة".
        assertThat(words).contains("الي", "علي", "مظاهره", "اعلن", "اخري");
    }

    @Test
    void normalisationCatchesWhatItShould() {
        // The patterns above, on the spellings they are to keep out.
        assertThat(Stream.of("إلى", "على", "مظاهرة", "أعلن", "آخر", "قُتل", "قـال")
                        .filter(w -> MARKS.matcher(w).find()
                                || UNNORMALISED.matcher(w).find()))
                .hasSize(7);
        assertThat(Stream.of("الي", "علي", "مظاهره", "اعلن", "اخر", "قتل", "قال", "مسؤول", "رئيس")
                        .filter(w -> MARKS.matcher(w).find()
                                || UNNORMALISED.matcher(w).find()))
                .isEmpty();
    }

    @Test
    void wordClassesDefineEveryEnglishClassAndNoOther() {
        WordClasses ar = WordListFiles.classes("ar");
        assertThat(ar.diagnostics()).isEmpty();
        Set<String> enNames = WordListFiles.classNames(Resources.read(EN + "word-classes.txt"));
        assertThat(enNames).hasSizeGreaterThan(40);
        assertThat(WordListFiles.classNames(Resources.read(AR + "word-classes.txt")))
                .isEqualTo(enNames);
        enNames.forEach(n -> assertThat(ar.words(n)).as("@" + n).isNotEmpty());
    }

    @Test
    void eachClassListsEveryWordOnce() {
        Resources.read(AR + "word-classes.txt")
                .lines()
                .map(l -> l.replaceAll("#.*", "").strip())
                .filter(l -> l.startsWith("@"))
                .forEach(l -> {
                    List<String> words = List.of(l.split("\\s+"));
                    assertThat(new HashSet<>(words)).as(words.get(0)).hasSize(words.size());
                });
    }

    @Test
    void theBundledRulesFindEveryClassTheyNameAmongTheArabicOnes() {
        // The rules as the Arabic pipeline loads them: the shared files (and the language's own, if any)
        // over its word classes and tables.
        assertThat(Rules.loadBundled(new BundledWords("ar")).diagnostics()).isEmpty();
    }

    @Test
    void wordClassesHoldTheArabicWordsOfTheirRoles() {
        WordClasses ar = WordListFiles.classes("ar");
        assertThat(ar.contains("target_prepositions", "ضد")).isTrue();
        assertThat(ar.contains("target_prepositions", "مع")).isTrue();
        // "في" mostly gives a place, as English "in" does.
        assertThat(ar.contains("target_prepositions", "في")).isFalse();
        assertThat(ar.contains("where_prepositions", "في")).isTrue();
        assertThat(ar.contains("between", "بين")).isTrue();
        assertThat(ar.contains("noun_agent_prepositions", "من")).isTrue();
        assertThat(ar.contains("relative_pronouns", "الذين")).isTrue();
        // A verb's forms, since the Arabic lemma is the form: "فرضت" (she imposed), "يفرض".
        assertThat(ar.contains("measure_verbs", "فرض")).isTrue();
        assertThat(ar.contains("measure_verbs", "فرضت")).isTrue();
        assertThat(ar.contains("measure_verbs", "يفرض")).isTrue();
        assertThat(ar.contains("region_designators", "محافظه")).isTrue();
        assertThat(ar.contains("clause_families", "demand")).isTrue();
        assertThat(ar.contains("unconventional_agents", "cvl")).isTrue();
        // Tables named in index.txt are classes too: the Arabic ones, under the English names.
        assertThat(ar.contains("modality.negation", "لم")).isTrue();
        assertThat(ar.contains("embedding-verbs.report", "قالت")).isTrue();
        assertThat(ar.contains("source-words.cited", "نقلت")).isTrue();
        assertThat(ar.contains("patron-words", "الموالية")).isFalse(); // the article is not a lemma's
        assertThat(ar.contains("patron-words", "مواليه")).isTrue();
        assertThat(ar.contains("function-words.of", "من")).isTrue();
        assertThat(ar.contains("function-words.under", "ب")).isTrue();
        assertThat(ar.contains("function-words.according", "حسب")).isTrue();
        assertThat(ar.contains("function-words.to", "الي")).isTrue();
        assertThat(ar.contains("function-words.demonstrative", "هذه")).isTrue();
    }

    @Test
    void tablesGiveTheArabicWordsTheirEnglishValues() {
        WordTable sources = WordTable.load(AR + "source-words.txt");
        assertThat(sources.value("حسب")).contains("according");
        assertThat(sources.value("متحدث")).contains("official");
        assertThat(sources.value("وكاله")).contains("media");
        assertThat(sources.value("مصادر")).contains("anonymous");
        assertThat(sources.value("بيان")).contains("document");
        WordTable modality = WordTable.load(AR + "modality.txt");
        assertThat(modality.value("لا")).contains("negation");
        assertThat(modality.value("لن")).contains("negation");
        assertThat(modality.value("سوف")).contains("future");
        assertThat(modality.value("يجب")).contains("obligation");
        assertThat(modality.value("يمكن")).contains("possibility");
        assertThat(modality.value("اذا")).contains("condition");
        assertThat(modality.value("مزعوم")).contains("allegation");
        assertThat(modality.value("اتهم")).contains("accusing");
        // Before a perfect verb, as in most news, "قد" asserts the act: no possibility.
        assertThat(modality.contains("قد")).isFalse();
        WordTable judgments = WordTable.load(AR + "judgment-words.txt");
        assertThat(judgments.value("اعتبر")).contains("judge");
        assertThat(judgments.value("تهديدا")).contains("110");
        assertThat(judgments.value("حليف")).contains("051");
        assertThat(WordTable.load(AR + "light-verbs.txt").contains("شن")).isTrue();
        assertThat(WordTable.load(AR + "coreference-words.txt").value("كلا")).contains("determiner");
        assertThat(WordTable.load(AR + "coreference-words.txt").value("هم")).contains("many");
        assertThat(WordTable.load(AR + "patron-nouns.txt").value("وكلاء")).contains("possessor");
        assertThat(WordTable.load(AR + "institution-words.txt").contains("شرطه"))
                .isTrue();
        assertThat(WordTable.load(AR + "kinship-words.txt").contains("شقيق")).isTrue();
        assertThat(WordTable.load(AR + "command-words.txt").contains("قياده")).isTrue();
    }

    @Test
    void embeddingVerbsCombineWithTheSharedCodes() {
        Embedding ar = new Embedding(
                WordTable.load(AR + "embedding-verbs.txt"), Embedding.parseCodes(Resources.read(Embedding.CODES)));
        // "حث سوريا علي الانسحاب": an appeal (02x) to withdraw (0874) is 025; "رفض الافراج عن" 124.
        assertThat(ar.family("حث")).contains("appeal");
        assertThat(ar.combine("appeal", "0874")).contains("025");
        assertThat(ar.family("رفضت")).contains("reject");
        assertThat(ar.combine("reject", "0841")).contains("124");
        assertThat(ar.isReporting("قالت")).isTrue();
        assertThat(ar.isReporting("يؤكد")).isTrue();
        assertThat(ar.isReporting("هاجم")).isFalse();
        // "قبل" is also "before": only the other forms of "accepted" are listed.
        assertThat(ar.family("قبل")).isEmpty();
        assertThat(ar.family("قبلت")).contains("accept");
    }

    @Test
    void eventNounsAreAllReadWithTheirCodes() {
        String text = Resources.read(AR + "event-nouns.tsv");
        long rows = text.lines()
                .filter(l -> !l.isBlank() && !l.strip().startsWith("#"))
                .count();
        List<NounCoder.Entry> entries = NounCoder.parse(text);
        assertThat(entries).hasSize((int) rows).hasSizeGreaterThan(100);
        Map<String, String> codes = new LinkedHashMap<>();
        entries.forEach(e -> codes.put(String.join(" ", e.words()), e.code()));
        assertThat(codes).hasSize(entries.size()); // no phrase twice
        assertThat(codes)
                .containsEntry("هجوم", "190")
                .containsEntry("هجمات", "190")
                .containsEntry("اشتباكات", "190")
                .containsEntry("مظاهره", "141")
                .containsEntry("احتجاجات", "141")
                .containsEntry("اعتصام", "141")
                .containsEntry("اضراب عن طعام", "142")
                .containsEntry("اضراب", "143")
                .containsEntry("شغب", "145")
                .containsEntry("تفجير", "183")
                .containsEntry("اغتيال", "186")
                .containsEntry("اختطاف", "181")
                .containsEntry("مجزره", "202")
                .containsEntry("وقف اطلاق نار", "0871")
                .containsEntry("قمه", "043")
                .containsEntry("عقوبات", "163")
                .containsEntry("سياره مفخخه", "1832");
    }

    @Test
    void timeWordsReadTheArabicUnitsDaysAndMonths() {
        TimeWords ar = new TimeWords(WordTable.load(AR + "time-words.txt"));
        assertThat(ar.unit("اسابيع")).contains(new TimeWords.Unit("week", 7));
        assertThat(ar.unit("شهرين")).contains(new TimeWords.Unit("month", 30));
        assertThat(ar.weekday("الاربعاء")).contains(DayOfWeek.WEDNESDAY);
        assertThat(ar.month("سبتمبر")).isTrue();
        assertThat(ar.month("حزيران")).isTrue();
        // A month is also read from its first three letters: these words must not be months.
        assertThat(ar.month("كان")).isFalse();
        assertThat(ar.month("اذا")).isFalse();
        assertThat(ar.month("الاثنين")).isFalse();
        assertThat(ar.month("السبت")).isFalse();
        assertThat(ar.ago("قبل")).isTrue();
        assertThat(ar.part("منتصف")).contains(2);
        assertThat(ar.toNow("منذ")).isTrue();
    }
}
