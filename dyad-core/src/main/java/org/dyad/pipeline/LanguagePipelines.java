package org.dyad.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.dyad.actors.ActorLexicon;
import org.dyad.actors.ActorRecognizer;
import org.dyad.actors.ActorWords;
import org.dyad.coding.EventCoder;
import org.dyad.coding.EventFactory;
import org.dyad.coding.NounCoder;
import org.dyad.coding.cameo.ArabicVerbs;
import org.dyad.coding.cameo.SpanishVerbs;
import org.dyad.coding.cameo.VerbDictionary;
import org.dyad.coding.patterns.EventPatterns;
import org.dyad.lexicon.BundledWords;
import org.dyad.nlp.Annotator;
import org.dyad.qualify.Qualifier;
import org.dyad.rules.Rules;
import org.dyad.stage.StageTimes;

/**
 * The pipelines of the languages other than English: the same stages and rules, over an annotator
 * of the language, its verb, actor and agent dictionaries, and its word lists and rules
 * ({@code dyad/lexicon/LANG/}, {@code dyad/rules/LANG/}).
 */
public final class LanguagePipelines {
    /**
     * What a language's pipeline is made of besides its annotator, and where it came from; {@code
     * patterns} is dyad's own file of corrections to the verb dictionary, if any, read over it.
     */
    public record Language(
            String code,
            Supplier<VerbDictionary> verbs,
            Optional<String> patterns,
            Supplier<ActorLexicon> lexicon,
            Map<String, String> sources) {}

    /** Spanish: UniversalPetrarch's Spanish verb patterns, actors and agents, and the countries' Spanish names. */
    public static final Language SPANISH = new Language(
            "es",
            () -> SpanishVerbs.load().dictionary(),
            Optional.of(SpanishVerbs.DYAD_PATTERNS),
            ActorLexicon::loadSpanish,
            Map.of(
                    "actors",
                    "UniversalPetrarch Spanish actor and agent dictionaries (openeventdata/UniversalPetrarch@067552d),"
                            + " dyad.agents-es.txt",
                    "countries",
                    "world-countries 5.1.0 (Spanish names), i18n-nationality 1.4.0"));

    /** Arabic: UniversalPetrarch's Arabic verbs (by lemma), actors and agents. */
    public static final Language ARABIC = new Language(
            "ar",
            ArabicVerbs::load,
            Optional.empty(),
            ActorLexicon::loadArabic,
            Map.of(
                    "actors",
                    "UniversalPetrarch Arabic actor and agent dictionaries (openeventdata/UniversalPetrarch@a0af422),"
                            + " dyad.actors-ar.txt"));

    private LanguagePipelines() {}

    /** The user's own files, read over every language's bundled ones as over English's. */
    public record UserFiles(List<Path> dictionaries, List<Path> patterns, List<Path> rules) {
        public static final UserFiles NONE = new UserFiles(List.of(), List.of(), List.of());

        public UserFiles {
            dictionaries = List.copyOf(dictionaries);
            patterns = List.copyOf(patterns);
            rules = List.copyOf(rules);
        }
    }

    /** A pipeline of {@code language} over {@code annotator} (one of that language), with coreference or not. */
    public static DyadPipeline build(Language language, Annotator annotator, boolean coreference, StageTimes times) {
        return build(language, annotator, coreference, times, UserFiles.NONE);
    }

    /**
     * As {@link #build(Language, Annotator, boolean, StageTimes)}, with the user's actor
     * dictionaries, patterns and rules read over the language's own, which the provenance of
     * every event names. Their problems were reported when the English pipeline read them.
     *
     * @throws java.io.UncheckedIOException when a user file is missing, unreadable or not UTF-8
     */
    public static DyadPipeline build(
            Language language, Annotator annotator, boolean coreference, StageTimes times, UserFiles user) {
        BundledWords words = new BundledWords(language.code());
        Rules rules = Rules.loadBundled(words).withUserFiles(user.rules());
        VerbDictionary dictionary = language.verbs().get();
        NounCoder nouns = NounCoder.loadBundled(words);
        EventPatterns patterns = language.patterns()
                .map(file -> EventPatterns.withOwn(dictionary, nouns, file))
                .map(own -> EventPatterns.over(own.verbs(), own.nouns(), user.patterns()))
                .orElseGet(() -> EventPatterns.over(dictionary, nouns, user.patterns()));
        ActorRecognizer actors = new ActorRecognizer(
                language.lexicon().get().withUserFiles(user.dictionaries()),
                ActorWords.loadBundled(words),
                coreference);
        EventFactory factory =
                new EventFactory(DyadPipeline.provenance(annotator, patterns, rules, language.sources()));
        return new DyadPipeline(
                language.code(),
                annotator,
                actors,
                EventCoder.loadBundled(patterns.verbs(), patterns.nouns(), rules, words),
                Qualifier.loadBundled(rules, factory, times, words),
                times);
    }
}
