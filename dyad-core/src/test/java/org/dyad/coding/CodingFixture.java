package org.dyad.coding;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.actors.ActorRecognizer;
import org.dyad.coding.cameo.VerbDictionary;
import org.dyad.coding.cameo.VerbDictionaryReader;
import org.dyad.coding.patterns.EventPatterns;
import org.dyad.model.ActorTaggedArticle;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Provenance;
import org.dyad.model.Sentence;
import org.dyad.qualify.Qualifier;
import org.dyad.qualify.QualifyParts;
import org.dyad.stage.StageContext;
import org.dyad.stage.StageTimes;
import org.dyad.testkit.MiniLexicon;
import org.dyad.time.EventDating;

/**
 * Codes hand-built sentences with a small verb dictionary and the mini actor lexicon, and the
 * real noun lexicon, embedding, modality and code tables (which need no models); optionally with
 * the user's pattern files read over them.
 */
final class CodingFixture {
    static final String VERBS = String.join(
            "\n",
            "&CEASEFIRE",
            "+CEASEFIRE",
            "+TRUCE",
            "",
            "####### VERB PATTERNS #######",
            "---  ACCUSE   [112]  ---",
            "ACCUSE",
            "COMPLAIN [114]",
            "---  WARN   [130]  ---",
            "WARN",
            "---  TARGET   [190]  ---",
            "TARGET",
            "---  AGREE   [050]  ---",
            "AGREE",
            "- * (TO &CEASEFIRE)  [0356]  # AGREE",
            "---  COLLABORATE   [050]  ---",
            "+SIDE_WITH",
            "COOPERATE",
            "---  SAY   [010]  ---",
            "SAY",
            "---  EXPLAIN_VERBAL   [010]  ---",
            "CONVEY",
            "---  ENDORSE   [051]  ---",
            "SUPPORT",
            "---  YIELD   [080]  ---",
            "ACCEPT",
            "---  HALT   [166]  ---",
            "WITHDRAW",
            "---  RETREAT   [0874]  ---",
            "+PULL_OUT",
            "---  URGE   [020]  ---",
            "URGE",
            "---  ARRANGE   [---]  ---",
            "ARRANGE",
            "- * &CEASEFIRE  [0356]  # ARRANGE",
            "- * VISIT  [036]  # ARRANGE",
            "");

    private static final org.dyad.rules.Rules BUNDLED_RULES = org.dyad.rules.Rules.loadBundled();

    final ActorRecognizer actors = new ActorRecognizer(MiniLexicon.build(), org.dyad.actors.ActorWords.loadBundled());
    final VerbDictionary verbs;
    final EventCoder coder;
    final Qualifier qualifier;

    CodingFixture() {
        this(List.of());
    }

    /** The fixture with the user's pattern files read over its verbs and the bundled nouns. */
    CodingFixture(List<Path> patternFiles) {
        this(patternFiles, List.of());
    }

    /** The fixture with the user's pattern files and rule files read over the bundled ones. */
    CodingFixture(List<Path> patternFiles, List<Path> ruleFiles) {
        this(
                EventPatterns.over(
                        VerbDictionaryReader.read("test.verbs.txt", new StringReader(VERBS)),
                        NounCoder.loadBundled(),
                        patternFiles),
                BUNDLED_RULES.withUserFiles(ruleFiles));
    }

    private CodingFixture(EventPatterns patterns, org.dyad.rules.Rules rules) {
        if (!rules.userDiagnostics().isEmpty()) {
            throw new IllegalArgumentException("the case's rule files have bad lines: " + rules.userDiagnostics());
        }
        this.verbs = patterns.verbs();
        this.coder = new EventCoder(new CodingParts(
                new VerbCoder(verbs, rules),
                patterns.nouns(),
                rules,
                new RoleFinder(rules),
                Embedding.loadBundled(),
                new Modality(rules),
                EventCodes.loadBundled(),
                org.dyad.actors.ActorWords.loadBundled(),
                org.dyad.lexicon.WordTable.load(org.dyad.lexicon.Lexicons.LIGHT_VERBS),
                Judgments.loadBundled(rules)));
        this.qualifier = new Qualifier(new QualifyParts(
                rules,
                Sources.loadBundled(rules),
                EventDating.ARTICLE,
                EventPlacing.NOWHERE,
                new EventFactory(new Provenance("test", "hand-built", Map.of())),
                new StageTimes()));
    }

    /** Codes one hand-built sentence as a one-sentence article published on 2019-05-13. */
    SentenceCoding code(Sentence sentence) {
        Article article = Article.ofText("t", sentence.text(), Optional.of(LocalDate.of(2019, 5, 13)), "test");
        AnnotatedArticle annotated = new AnnotatedArticle(article, List.of(sentence));
        ActorTaggedArticle tagged = actors.apply(annotated, new StageContext("test"));
        return explain(tagged, sentence);
    }

    /** One sentence of a tagged article coded and qualified, with its decisions, as the pipeline explains it. */
    SentenceCoding explain(ActorTaggedArticle tagged, Sentence sentence) {
        CodedSentence coded = coder.codeSentence(tagged, sentence);
        return new SentenceCoding(qualifier.qualify(tagged, coded.events()), coded.decisions());
    }

    /** Tags the actors of hand-built sentences (built at their offsets, one space apart) as one article. */
    ActorTaggedArticle tag(List<Sentence> sentences) {
        StringBuilder text = new StringBuilder();
        for (Sentence s : sentences) {
            while (text.length() < s.span().start()) {
                text.append(' ');
            }
            text.append(s.text());
        }
        Article article = Article.ofText("t", text.toString(), Optional.of(LocalDate.of(2019, 5, 13)), "test");
        return actors.apply(new AnnotatedArticle(article, sentences), new StageContext("test"));
    }
}
