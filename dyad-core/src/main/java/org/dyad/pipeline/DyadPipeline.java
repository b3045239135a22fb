package org.dyad.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Supplier;
import org.dyad.actors.ActorLexicon;
import org.dyad.actors.ActorRecognizer;
import org.dyad.coding.CodedSentence;
import org.dyad.coding.EventCoder;
import org.dyad.coding.EventFactory;
import org.dyad.coding.SentenceCoding;
import org.dyad.coding.patterns.EventPatterns;
import org.dyad.language.LanguageCodes;
import org.dyad.language.LanguageResolver;
import org.dyad.model.ActorTaggedArticle;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.ArticleLanguage;
import org.dyad.model.CodedArticle;
import org.dyad.model.Provenance;
import org.dyad.model.QualifiedArticle;
import org.dyad.model.Sentence;
import org.dyad.nlp.Annotator;
import org.dyad.qualify.Qualifier;
import org.dyad.rules.Rules;
import org.dyad.stage.AnnotateStage;
import org.dyad.stage.ParseRepairs;
import org.dyad.stage.StageContext;
import org.dyad.stage.StageTimes;

/**
 * The flow from an article to its events: annotate, repair the parses, find actors, code events,
 * qualify them (attribution, time, place).
 * Built once per process by its owner (a command, a server) from an annotator and the
 * dictionaries; thread-safe, so one instance serves every worker.
 */
public final class DyadPipeline implements AutoCloseable {
    private final Annotator annotator;
    private final AnnotateStage annotate;
    private final ParseRepairs repair;
    private final ActorRecognizer actors;
    private final EventCoder coder;
    private final Qualifier qualifier;
    private final StageTimes times;
    private final LanguageResolver languages;
    /** The language this pipeline's models, dictionaries and word lists are for. */
    private final String coded;
    /** The pipelines of the other languages dyad codes, each loaded when its first article comes. */
    private final Map<String, LazyPipeline> others;

    public DyadPipeline(Annotator annotator, ActorRecognizer actors, EventCoder coder, Qualifier qualifier) {
        this(annotator, actors, coder, qualifier, qualifier.parts().times());
    }

    /** A pipeline reporting how long its stages take to {@code times}, which the qualifier's parts report to as well. */
    public DyadPipeline(
            Annotator annotator, ActorRecognizer actors, EventCoder coder, Qualifier qualifier, StageTimes times) {
        this(LanguageCodes.ENGLISH, annotator, actors, coder, qualifier, times);
    }

    /** A pipeline for articles in {@code language}, e.g. "es" ({@link LanguagePipelines}). */
    DyadPipeline(
            String language,
            Annotator annotator,
            ActorRecognizer actors,
            EventCoder coder,
            Qualifier qualifier,
            StageTimes times) {
        this.coded = Objects.requireNonNull(language, "language");
        this.others = Map.of();
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.annotate = new AnnotateStage(annotator);
        // The repairs ask the coder's rules, so a user's rule file can change them too.
        this.repair = new ParseRepairs(coder.parts().rules());
        this.actors = Objects.requireNonNull(actors, "actors");
        this.coder = Objects.requireNonNull(coder, "coder");
        this.qualifier = Objects.requireNonNull(qualifier, "qualifier");
        this.times = Objects.requireNonNull(times, "times");
        this.languages = new LanguageResolver();
    }

    private DyadPipeline(DyadPipeline other, LanguageResolver languages, Map<String, LazyPipeline> others) {
        this.coded = other.coded;
        this.others = Map.copyOf(others);
        this.annotator = other.annotator;
        this.annotate = other.annotate;
        this.repair = other.repair;
        this.actors = other.actors;
        this.coder = other.coder;
        this.qualifier = other.qualifier;
        this.times = other.times;
        this.languages = Objects.requireNonNull(languages, "languages");
    }

    /**
     * This pipeline reading every article as {@code language} (e.g. "es"), whatever its input says or
     * its text looks like.
     *
     * @throws IllegalArgumentException when {@code language} names no language
     */
    public DyadPipeline readingAs(String language) {
        return new DyadPipeline(this, new LanguageResolver(language), others);
    }

    /**
     * This pipeline handing the articles in {@code language} to the pipeline {@code loader} makes,
     * made when the first of them comes (and closed with this one): a run on English news never
     * loads the Spanish models.
     */
    public DyadPipeline coding(String language, Supplier<DyadPipeline> loader) {
        Map<String, LazyPipeline> all = new LinkedHashMap<>(others);
        all.put(
                LanguageCodes.normalize(language)
                        .orElseThrow(() -> new IllegalArgumentException("not a language: " + language)),
                new LazyPipeline(loader, true));
        return new DyadPipeline(this, languages, all);
    }

    /** The pipeline that codes {@code article}: the one of its language, else this one. */
    public DyadPipeline pipelineFor(Article article) {
        String code = languages.resolve(article).code();
        return others.containsKey(code) ? others.get(code).get() : this;
    }

    /** The languages this pipeline codes: its own and those it hands on. */
    public List<String> languagesCoded() {
        List<String> all = new ArrayList<>(List.of(coded));
        all.addAll(new java.util.TreeSet<>(others.keySet()));
        return all;
    }

    /** A pipeline over the bundled dictionaries, patterns and word lists alone. */
    public static DyadPipeline withBundledData(Annotator annotator) {
        return withBundledData(annotator, EventPatterns.bundled(), ActorLexicon.load(), true);
    }

    /**
     * A pipeline over the bundled word lists and tables with {@code patterns} for events (verbs and
     * nouns, e.g. with the user's own pattern files: {@link EventPatterns#load(java.util.List)}),
     * {@code lexicon} for actors, and coreference or not. The user's pattern files are named in
     * the provenance of every event.
     */
    public static DyadPipeline withBundledData(
            Annotator annotator, EventPatterns patterns, ActorLexicon lexicon, boolean coreference) {
        return withBundledData(annotator, patterns, lexicon, coreference, new StageTimes());
    }

    /** As {@link #withBundledData(Annotator, EventPatterns, ActorLexicon, boolean)}, its stages timed into {@code times}. */
    public static DyadPipeline withBundledData(
            Annotator annotator, EventPatterns patterns, ActorLexicon lexicon, boolean coreference, StageTimes times) {
        return withBundledData(annotator, patterns, Rules.loadBundled(), lexicon, coreference, times);
    }

    /**
     * As {@link #withBundledData(Annotator, EventPatterns, ActorLexicon, boolean, StageTimes)}, coding
     * with {@code rules} (e.g. with the user's own rule files: {@link Rules#withUserFiles}), which the
     * provenance of every event names.
     */
    public static DyadPipeline withBundledData(
            Annotator annotator,
            EventPatterns patterns,
            Rules rules,
            ActorLexicon lexicon,
            boolean coreference,
            StageTimes times) {
        ActorRecognizer actors = new ActorRecognizer(lexicon, org.dyad.actors.ActorWords.loadBundled(), coreference);
        Provenance provenance = provenance(annotator, patterns, rules);
        EventFactory factory = new EventFactory(provenance);
        return new DyadPipeline(
                annotator,
                actors,
                EventCoder.loadBundled(patterns.verbs(), patterns.nouns(), rules),
                Qualifier.loadBundled(rules, factory, times),
                times);
    }

    /**
     * The article through every stage: its events coded and qualified, each carrying the language
     * the article was read as. An article in a language dyad does not code yet gets no events and
     * a diagnostic that says so: English models make nothing trustworthy of Spanish or Arabic.
     */
    public QualifiedArticle code(Article article, StageContext context) {
        ArticleLanguage language = times.time("language", () -> languages.resolve(article));
        if (others.containsKey(language.code())) {
            return others.get(language.code()).get().codeAs(article, context, language);
        }
        if (!coded.equals(language.code())) {
            context.report("not coded: the article is in " + LanguageCodes.name(language.code()) + " ("
                    + language.basis().label() + "), and dyad codes " + String.join(", ", languageNames())
                    + " only so far");
            ActorTaggedArticle none = new ActorTaggedArticle(new AnnotatedArticle(article, List.of()), List.of());
            return new QualifiedArticle(new CodedArticle(none, List.of()), List.of());
        }
        return codeAs(article, context, language);
    }

    private List<String> languageNames() {
        return languagesCoded().stream().map(LanguageCodes::name).toList();
    }

    /** The article coded by this pipeline's own models, read as {@code language}. */
    private QualifiedArticle codeAs(Article article, StageContext context, ArticleLanguage language) {
        ActorTaggedArticle tagged = tagActors(article, context);
        CodedArticle coded = times.time("coding", () -> coder.apply(tagged, context));
        QualifiedArticle qualified = times.time("qualify", () -> qualifier.apply(coded, context));
        return new QualifiedArticle(
                qualified.coded(),
                qualified.events().stream()
                        .map(e -> e.withProvenance(e.provenance().withLanguage(language)))
                        .toList());
    }

    /**
     * One sentence of an actor-tagged article coded and qualified, with the decision taken on each
     * of its verbs: what {@code dyad explain} shows.
     */
    public SentenceCoding explain(ActorTaggedArticle tagged, Sentence sentence) {
        CodedSentence coded = coder.codeSentence(tagged, sentence);
        return new SentenceCoding(qualifier.qualify(tagged, coded.events()), coded.decisions());
    }

    /** The stages up to actors only: the article annotated and its actor mentions found, no events. */
    public ActorTaggedArticle tagActors(Article article, StageContext context) {
        AnnotatedArticle annotated = annotate(article, context);
        return times.time("actors", () -> actors.apply(annotated, context));
    }

    /**
     * The article annotated and its parses repaired: the sentences actors and coding read (and
     * {@code dyad explain} shows). The repairs are timed with the annotation, as "annotate".
     */
    public AnnotatedArticle annotate(Article article, StageContext context) {
        return times.time("annotate", () -> repair.apply(annotate.apply(article, context), context));
    }

    /** How long each stage has taken so far, over every article and thread. */
    public StageTimes times() {
        return times;
    }

    /** The annotator: its sentences are as parsed, before the repair stage ({@link #annotate} gives them repaired). */
    public Annotator annotator() {
        return annotator;
    }

    /** The repair stage, for a caller that annotates by other means and must read the trees the coder reads. */
    public ParseRepairs repairs() {
        return repair;
    }

    public ActorRecognizer actors() {
        return actors;
    }

    public EventCoder coder() {
        return coder;
    }

    public Qualifier qualifier() {
        return qualifier;
    }

    /** What every event of this run was made with. */
    static Provenance provenance(Annotator annotator, EventPatterns patterns, Rules rules) {
        return provenance(
                annotator,
                patterns,
                rules,
                Map.of(
                        "actors",
                        "Phoenix actor and agent dictionaries (openeventdata/petrarch2@676801c), dyad.actors.txt, "
                                + "dyad.actors-2015-2026.txt",
                        "countries",
                        "world-countries 5.1.0"));
    }

    /** What every event of a language's run was made with: its verbs, the user's files, its {@code sources}. */
    static Provenance provenance(
            Annotator annotator, EventPatterns patterns, Rules rules, Map<String, String> sources) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("verbs", patterns.verbs().version());
        if (!patterns.userFiles().isEmpty()) {
            data.put("patterns", String.join("; ", patterns.userFiles()));
        }
        if (!rules.userFiles().isEmpty()) {
            data.put("rules", String.join("; ", rules.userFiles()));
        }
        data.putAll(new java.util.TreeMap<>(sources));
        data.put("codes", "CAMEO Goldstein table (phoenix_pipeline@d1639c5), CAMEO2PLOVER-2021");
        return new Provenance(version(), annotator.description(), data);
    }

    /** The dyad version the build stamped into the jar. */
    public static String version() {
        try (InputStream in = DyadPipeline.class.getClassLoader().getResourceAsStream("dyad/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled version", e);
        }
    }

    @Override
    public void close() {
        others.values().forEach(LazyPipeline::close);
        annotator.close();
    }
}
