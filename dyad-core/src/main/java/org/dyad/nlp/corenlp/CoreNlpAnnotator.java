package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.TimeMention;
import org.dyad.model.Token;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.ParseRepairs;
import org.dyad.stage.StageTimes;

/**
 * The one place dyad talks to Stanford CoreNLP: builds a tokenize, ssplit, pos, lemma, ner,
 * depparse pipeline once and turns its annotations into dyad's sentences. The pipeline is
 * shared by all threads; CoreNLP's annotators accept concurrent calls on separate documents.
 * Time expressions come from SUTime, which the ner annotator runs on every sentence
 * ({@code ner.useSUTime} is on by default) and which leaves its TIMEX3 reading on each token;
 * the sentence-level {@code TimexAnnotations} belong to the separate "sutime" annotator, which
 * would tag the text a second time.
 */
public final class CoreNlpAnnotator implements Annotator {
    private static final String VERSION = "4.5.10";
    private final List<Step> steps = new ArrayList<>();
    private final StageTimes times;

    /** One CoreNLP annotator and the name its time is reported under ("nlp.ner"). */
    private record Step(String stage, edu.stanford.nlp.pipeline.Annotator annotator) {
    }

    public CoreNlpAnnotator() {
        this(defaultProperties(), new StageTimes());
    }

    /**
     * An annotator with {@code properties}, reporting the time of each CoreNLP annotator to
     * {@code times}. CoreNLP's own pipeline builds and checks the annotators; dyad then runs them
     * one by one, which is all {@link StanfordCoreNLP#annotate} does, so that each can be timed.
     */
    public CoreNlpAnnotator(Properties properties, StageTimes times) {
        this.times = Objects.requireNonNull(times, "times");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
        for (String name : pipeline.getProperties().getProperty("annotators").split("\\s*,\\s*")) {
            steps.add(new Step("nlp." + name, pipeline.pool.get(name)));
        }
    }

    /** The stock annotators dyad needs, with limits that keep one pathological sentence from stalling a worker. */
    public static Properties defaultProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // One paragraph per line is how news text arrives; a line break ends a sentence.
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("tokenize.options", "untokenizable=noneKeep");
        p.setProperty("pos.maxlen", "300");
        p.setProperty("ner.maxlen", "300");
        p.setProperty("depparse.maxlen", "300");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        return p;
    }

    @Override
    public List<Sentence> annotate(String text) {
        return annotate(text, Optional.empty());
    }

    /** Annotates {@code text}, giving SUTime {@code documentDate} to resolve "last week" and "Thursday" against. */
    @Override
    public List<Sentence> annotate(String text, Optional<LocalDate> documentDate) {
        Annotation document = new Annotation(text);
        documentDate.ifPresent(d -> document.set(CoreAnnotations.DocDateAnnotation.class,
                d.format(DateTimeFormatter.ISO_LOCAL_DATE)));
        for (Step step : steps) {
            long start = System.nanoTime();
            step.annotator().annotate(document);
            times.add(step.stage(), System.nanoTime() - start);
        }
        List<CoreMap> coreSentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        long start = System.nanoTime();
        List<Sentence> out = new ArrayList<>(coreSentences.size());
        for (CoreMap s : coreSentences) {
            out.add(convert(out.size(), s, text));
        }
        times.add("nlp.convert", System.nanoTime() - start);
        return out;
    }

    private static Sentence convert(int index, CoreMap s, String text) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            String word = l.originalText() != null ? l.originalText() : l.word();
            tokens.add(new Token(tokens.size(), word, nonNull(l.lemma(), word), nonNull(l.tag(), "X"),
                    nonNull(l.ner(), "O"), new Span(l.beginPosition(), l.endPosition())));
        }
        List<Dependency> deps = new ArrayList<>(tokens.size());
        SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph != null) {
            for (IndexedWord root : graph.getRoots()) {
                deps.add(new Dependency(Dependency.ROOT, root.index() - 1, "root"));
            }
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                        e.getRelation().toString()));
            }
        }
        int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return ParseRepairs.apply(new Sentence(index, new Span(start, end), text.substring(start, end), tokens, deps,
                times(labels, text)));
    }

    /** SUTime's expressions: runs of tokens that carry the same TIMEX3 (the same tid). */
    private static List<TimeMention> times(List<CoreLabel> labels, String text) {
        List<TimeMention> out = new ArrayList<>();
        int i = 0;
        while (i < labels.size()) {
            Timex timex = labels.get(i).get(TimeAnnotations.TimexAnnotation.class);
            if (timex == null) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < labels.size() && sameTimex(timex, labels.get(end).get(TimeAnnotations.TimexAnnotation.class))) {
                end++;
            }
            Timex.Range range = timex.range();
            out.add(new TimeMention(i, end, text.substring(labels.get(i).beginPosition(), labels.get(end - 1).endPosition()),
                    Optional.ofNullable(timex.value()), nonNull(timex.timexType(), "DATE"),
                    Optional.ofNullable(range == null ? null : range.begin),
                    Optional.ofNullable(range == null ? null : range.end)));
            i = end;
        }
        return out;
    }

    private static boolean sameTimex(Timex first, Timex other) {
        return other != null && (other == first || (first.tid() != null && first.tid().equals(other.tid())));
    }

    private static String nonNull(String value, String fallback) {
        return value == null ? fallback : value;
    }

    @Override
    public String description() {
        return "Stanford CoreNLP " + VERSION + " (tokenize, ssplit, pos, lemma, ner, depparse UD)";
    }
}
