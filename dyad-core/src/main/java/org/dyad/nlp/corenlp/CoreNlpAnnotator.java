package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.TimeMention;
import org.dyad.model.Token;
import org.dyad.model.Upos;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.NlpProfile;
import org.dyad.nlp.TextPieces;
import org.dyad.nlp.lemma.SpanishLemmatizer;
import org.dyad.stage.StageTimes;

/**
 * The one place dyad talks to Stanford CoreNLP: builds the pipeline once and turns its
 * annotations into dyad's sentences, its tags into dyad's ({@link TagMapping}). The pipeline is shared by all threads; CoreNLP's annotators
 * accept concurrent calls on separate documents.
 *
 * <p>With {@link NlpProfile#FULL} it runs tokenize, ssplit, pos, lemma, ner, depparse as they
 * come; time expressions are then SUTime's, which the ner annotator runs on every sentence
 * ({@code ner.useSUTime}) and which leaves its TIMEX3 reading on each token (the sentence-level
 * {@code TimexAnnotations} belong to the separate "sutime" annotator, which would tag the text a
 * second time). With {@link NlpProfile#LEAN} ner runs only the models whose classes dyad reads,
 * {@link CuedTimes} reads the time expressions and {@link BasicParser} the dependencies.
 */
public final class CoreNlpAnnotator implements Annotator {
    private static final String VERSION = "4.5.10";
    private static final int MAX_LENGTH = 300;
    /**
     * The longest text annotated at once, in chars (a long news story): a longer text goes in
     * pieces cut at line breaks, so that CoreNLP's per-token objects never pile up.
     */
    private static final int MAX_PIECE = 20_000;
    /**
     * Tokens in one sentence at most, below {@code pos.maxlen}: a longer run-on is cut into pieces
     * ({@link LongSentences}) before tagging and parsing, since CoreNLP 4.5.10's depparse reads no
     * maxlen and overflowed its stack on a 100,000-character "sentence".
     */
    static final int SENTENCE_TOKENS = 250;

    private final List<Step> steps = new ArrayList<>();
    private final TagMapping tags = TagMapping.bundled();
    private final StageTimes times;
    private final String description;
    /** Spanish lemmas and features, where the tagger gives universal tags; none: English, Penn tags read by {@link #tags}. */
    private final Optional<SpanishLemmatizer> spanish;

    private final Optional<CuedTimes> cuedTimes;
    private final Optional<BasicParser> parser;
    private final Optional<SecondReading> secondReading;
    /** Recases lines in capitals for the tagger, from its own lexicon; none where CoreNLP hides it. */
    private final Optional<Truecaser> truecaser;
    /** Threads that annotate the pieces of one long text side by side; none: one piece after another. */
    private final Optional<ForkJoinPool> pieces;

    /** One CoreNLP annotator and the name its time is reported under ("nlp.ner"). */
    private record Step(String stage, edu.stanford.nlp.pipeline.Annotator annotator) {}

    /** The lean profile, its times reported nowhere. */
    public CoreNlpAnnotator() {
        this(NlpProfile.LEAN, new StageTimes());
    }

    /** An annotator of {@code profile}, reporting the time of each of its steps ("nlp.pos", "nlp.ner") to {@code times}. */
    public CoreNlpAnnotator(NlpProfile profile, StageTimes times) {
        this(profile, times, 1);
    }

    /**
     * As {@link #CoreNlpAnnotator(NlpProfile, StageTimes)}, annotating the pieces of a text longer
     * than one piece (a book-length "article") on up to {@code threads} threads at once.
     */
    public CoreNlpAnnotator(NlpProfile profile, StageTimes times, int threads) {
        this(
                EnglishModels.properties(profile, MAX_LENGTH),
                profile == NlpProfile.LEAN,
                times,
                threads,
                Optional.empty(),
                EnglishModels.describe(profile, VERSION));
    }

    /**
     * An annotator of Spanish, on CoreNLP's Spanish models (which must be on the class path: they
     * are the application's dependency, not the core's): its tagger's universal tags, its UD parser
     * and SUTime's Spanish rules, with lemmas and verb features from {@code lemmas}.
     */
    public static CoreNlpAnnotator spanish(SpanishLemmatizer lemmas, StageTimes times, int threads) {
        return new CoreNlpAnnotator(
                SpanishModels.properties(MAX_LENGTH),
                false,
                times,
                threads,
                Optional.of(lemmas),
                "Stanford CoreNLP " + VERSION + " Spanish (tokenize, ssplit, mwt, pos UD, ner AnCora, SUTime "
                        + "spanish, depparse UD_Spanish), lemmas of the Spanish dictionary of LanguageTool");
    }

    private CoreNlpAnnotator(
            Properties properties,
            boolean lean,
            StageTimes times,
            int threads,
            Optional<SpanishLemmatizer> spanish,
            String description) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + " is below 1");
        }
        this.pieces = threads > 1 ? Optional.of(new ForkJoinPool(threads)) : Optional.empty();
        this.times = Objects.requireNonNull(times, "times");
        this.spanish = spanish;
        this.description = description;
        // CoreNLP's own pipeline builds and checks the annotators; dyad then runs them one by one,
        // which is all StanfordCoreNLP.annotate does, so that each can be timed.
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
        for (String name : pipeline.getProperties().getProperty("annotators").split("\\s*,\\s*")) {
            steps.add(new Step("nlp." + name, pipeline.pool.get(name)));
        }
        this.cuedTimes = lean ? Optional.of(new CuedTimes()) : Optional.empty();
        this.parser = lean ? Optional.of(new BasicParser(MAX_LENGTH)) : Optional.empty();
        // The tagger's lexicon is read (by reflection) once, for the second reading and the truecaser.
        Optional<TaggerLexicon> lexicon = steps.stream()
                .filter(s -> s.stage().equals("nlp.pos"))
                .findFirst()
                .flatMap(s -> TaggerLexicon.of(s.annotator()));
        this.secondReading = lean ? lexicon.map(SecondReading::new) : Optional.empty();
        this.truecaser = lexicon.map(Truecaser::of);
    }

    @Override
    public List<Sentence> annotate(String text) {
        return annotate(text, Optional.empty());
    }

    /**
     * Annotates {@code text}, giving SUTime {@code documentDate} to resolve "last week" and
     * "Thursday" against. A long text is annotated a piece at a time ({@link TextPieces}), the
     * pieces side by side when the annotator has threads for it.
     */
    @Override
    public List<Sentence> annotate(String text, Optional<LocalDate> documentDate) {
        String docDate = documentDate
                .map(d -> d.format(DateTimeFormatter.ISO_LOCAL_DATE))
                .orElse(null);
        List<Span> spans = TextPieces.of(text, MAX_PIECE);
        List<Sentence> out = new ArrayList<>();
        if (spans.size() == 1 || pieces.isEmpty()) {
            spans.forEach(piece -> annotatePiece(text, piece, docDate, out));
            return out;
        }
        List<ForkJoinTask<List<Sentence>>> tasks = new ArrayList<>();
        for (Span piece : spans) {
            tasks.add(pieces.get().submit(() -> {
                List<Sentence> sentences = new ArrayList<>();
                annotatePiece(text, piece, docDate, sentences);
                return sentences;
            }));
        }
        try {
            for (ForkJoinTask<List<Sentence>> task : tasks) {
                for (Sentence s : task.join()) {
                    out.add(new Sentence(out.size(), s.span(), s.text(), s.tokens(), s.dependencies(), s.times()));
                }
            }
        } finally {
            tasks.forEach(t -> t.cancel(false)); // a failed piece fails the text: the rest need not run
        }
        return out;
    }

    /** Annotates one piece of {@code text}, adding its sentences to {@code out} with offsets into all of {@code text}. */
    private void annotatePiece(String text, Span piece, String docDate, List<Sentence> out) {
        String original = text.substring(piece.start(), piece.end());
        String pieceText = truecaser.map(t -> t.recase(original)).orElse(original);
        boolean recased = !pieceText.equals(original);
        Annotation document = new Annotation(pieceText);
        if (docDate != null) {
            document.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        }
        for (Step step : steps) {
            long start = System.nanoTime();
            step.annotator().annotate(document);
            // CoreNLP 4.5's tokenize splits sentences itself, and ssplit may not run at all: cut after either.
            if (step.stage().equals("nlp.tokenize") || step.stage().equals("nlp.ssplit")) {
                document.set(
                        CoreAnnotations.SentencesAnnotation.class,
                        LongSentences.split(
                                document.get(CoreAnnotations.SentencesAnnotation.class), pieceText, SENTENCE_TOKENS));
            }
            times.add(step.stage(), System.nanoTime() - start);
        }
        for (CoreMap s : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            List<TimeMention> found = cuedTimes.isPresent()
                    ? times.time("nlp.time", () -> cuedTimes.get().find(labels, pieceText, docDate))
                    : StockReadings.times(labels, pieceText);
            List<Dependency> deps =
                    parser.isPresent() ? times.time("nlp.depparse", () -> parse(s)) : StockReadings.arcs(s);
            long start = System.nanoTime();
            out.add(convert(out.size(), s, text, piece.start(), deps, found, recased));
            times.add("nlp.convert", System.nanoTime() - start);
        }
    }

    /** The lean profile's parse of {@code s}, read again where the tagger misread a verb or a noun ({@link SecondReading}). */
    private List<Dependency> parse(CoreMap s) {
        List<Dependency> first = parser.orElseThrow().parse(s).orElse(List.of());
        return secondReading
                .map(v -> v.reparse(
                        s, first, again -> parser.orElseThrow().parse(again).orElse(List.of())))
                .orElse(first);
    }

    /** Sentence {@code s} of the piece that starts at {@code offset} in {@code text}, in dyad's tags. */
    private Sentence convert(
            int index,
            CoreMap s,
            String text,
            int offset,
            List<Dependency> deps,
            List<TimeMention> found,
            boolean recased) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            // A word of a contraction ("de" and "el" of "del") keeps its own form; both span "del".
            String word = l.originalText() != null && !Boolean.TRUE.equals(l.isMWT()) ? l.originalText() : l.word();
            if (recased && !Boolean.TRUE.equals(l.isMWT())) {
                // The tagger read a headline in capitals recased (Truecaser): the token is as written.
                word = text.substring(offset + l.beginPosition(), offset + l.endPosition());
            }
            TagMapping.PartOfSpeech pos;
            String lemma;
            if (spanish.isPresent()) {
                Upos upos = universal(l.tag());
                SpanishLemmatizer.Reading reading = spanish.get().read(word, upos);
                pos = new TagMapping.PartOfSpeech(upos, reading.features());
                lemma = reading.lemma().equals(word) ? word : reading.lemma();
            } else {
                // A long article keeps every token: the lemma that equals its word shares its string.
                lemma = l.lemma() == null || l.lemma().equals(word) ? word : l.lemma();
                pos = tags.partOfSpeechOrUnknown(l.tag());
            }
            tokens.add(new Token(
                    tokens.size(),
                    word,
                    lemma,
                    pos.upos(),
                    pos.features(),
                    TagMapping.entityClass(l.ner()),
                    new Span(offset + l.beginPosition(), offset + l.endPosition())));
        }
        int start = offset + s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = offset + s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, new Span(start, end), text.substring(start, end), tokens, deps, found);
    }

    /** A universal tag as the Spanish tagger writes it; anything else is X. */
    private static Upos universal(String tag) {
        try {
            return tag == null ? Upos.X : Upos.valueOf(tag);
        } catch (IllegalArgumentException e) {
            return Upos.X;
        }
    }

    @Override
    public void close() {
        pieces.ifPresent(ForkJoinPool::shutdownNow);
    }

    @Override
    public String description() {
        return description;
    }
}
