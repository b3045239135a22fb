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
import java.util.Optional;
import java.util.Properties;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.TimeMention;
import org.dyad.model.Token;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.ParseRepairs;

/**
 * The one place dyad talks to Stanford CoreNLP: builds a tokenize, ssplit, pos, lemma, ner,
 * depparse pipeline once and turns its annotations into dyad's sentences. A long text is
 * annotated in blocks and an over-long sentence in pieces (see {@link TextBlocks} and
 * {@link LongSentences}), so that time and memory grow with the length of the text, no
 * faster, and one run-on "sentence" cannot stall a worker. The pipeline is
 * shared by all threads; CoreNLP's annotators accept concurrent calls on separate documents.
 * Time expressions come from SUTime, which the ner annotator runs on every sentence
 * ({@code ner.useSUTime} is on by default) and which leaves its TIMEX3 reading on each token;
 * the sentence-level {@code TimexAnnotations} belong to the separate "sutime" annotator, which
 * would tag the text a second time.
 */
public final class CoreNlpAnnotator implements Annotator {
    private static final String VERSION = "4.5.10";
    /** Characters CoreNLP annotates at once; a longer text goes in blocks cut at line breaks. */
    static final int BLOCK_CHARS = 20_000;
    /** Tokens in one sentence at most, below {@code pos.maxlen} so that every piece is tagged and parsed. */
    static final int SENTENCE_TOKENS = 250;
    private static final String SPLIT = "tokenize,ssplit";

    /** Tokenizes and splits sentences; {@link #analysis} runs on what it gives, over-long sentences cut. */
    private final StanfordCoreNLP split;
    private final StanfordCoreNLP analysis;

    public CoreNlpAnnotator() {
        this(defaultProperties());
    }

    /** An annotator with {@code properties} whose annotators must begin with tokenize and ssplit. */
    public CoreNlpAnnotator(Properties properties) {
        String annotators = properties.getProperty("annotators", "").replace(" ", "");
        if (!annotators.startsWith(SPLIT + ",")) {
            throw new IllegalArgumentException("annotators '" + annotators + "' do not begin with " + SPLIT);
        }
        Properties first = (Properties) properties.clone();
        first.setProperty("annotators", SPLIT);
        Properties rest = (Properties) properties.clone();
        rest.setProperty("annotators", annotators.substring(SPLIT.length() + 1));
        // The sentences are given, cut by this class, not by an ssplit annotator of this pipeline.
        rest.setProperty("enforceRequirements", "false");
        this.split = new StanfordCoreNLP(first);
        this.analysis = new StanfordCoreNLP(rest);
    }

    /** The stock annotators dyad needs, with limits that keep one pathological sentence from stalling a worker. */
    public static Properties defaultProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // One paragraph per line is how news text arrives; a line break ends a sentence.
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("tokenize.options", "untokenizable=noneKeep");
        // A second guard behind the cut into pieces of SENTENCE_TOKENS: CoreNLP 4.5.10's depparse reads no maxlen.
        p.setProperty("pos.maxlen", "300");
        p.setProperty("ner.maxlen", "300");
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
        List<Sentence> out = new ArrayList<>();
        for (TextBlocks.Block block : TextBlocks.of(text, BLOCK_CHARS)) {
            String blockText = text.substring(block.start(), block.end());
            Annotation document = new Annotation(blockText);
            documentDate.ifPresent(d -> document.set(CoreAnnotations.DocDateAnnotation.class,
                    d.format(DateTimeFormatter.ISO_LOCAL_DATE)));
            split.annotate(document);
            document.set(CoreAnnotations.SentencesAnnotation.class, LongSentences.split(
                    document.get(CoreAnnotations.SentencesAnnotation.class), blockText, SENTENCE_TOKENS));
            analysis.annotate(document);
            for (CoreMap s : document.get(CoreAnnotations.SentencesAnnotation.class)) {
                out.add(convert(out.size(), s, text, block.start()));
            }
        }
        return out;
    }

    /** Sentence {@code s} of a block that starts at character {@code shift} of {@code text}. */
    private static Sentence convert(int index, CoreMap s, String text, int shift) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            String word = l.originalText() != null ? l.originalText() : l.word();
            tokens.add(new Token(tokens.size(), word, nonNull(l.lemma(), word), nonNull(l.tag(), "X"),
                    nonNull(l.ner(), "O"), new Span(shift + l.beginPosition(), shift + l.endPosition())));
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
        int start = shift + s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = shift + s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return ParseRepairs.apply(new Sentence(index, new Span(start, end), text.substring(start, end), tokens, deps,
                times(labels, text, shift)));
    }

    /** SUTime's expressions: runs of tokens that carry the same TIMEX3 (the same tid). */
    private static List<TimeMention> times(List<CoreLabel> labels, String text, int shift) {
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
            out.add(new TimeMention(i, end, text.substring(shift + labels.get(i).beginPosition(), shift + labels.get(end - 1).endPosition()),
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
