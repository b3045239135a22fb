package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyad.model.Dependency;
import org.dyad.model.EntityClass;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.model.Upos;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.TextPieces;
import org.dyad.stage.StageTimes;

/**
 * An annotator of Arabic on CoreNLP's Arabic models (which must be on the class path: they are the
 * application's dependency, not the core's): the ATB segmenter splits clitics ("وقال" is "و" and
 * "قال"), the tagger gives Bies tags, read as UPOS and features by the table {@value #TAGS}, and
 * the shift-reduce constituency parser gives trees, read as UD dependencies by {@link ArabicDependencies}.
 * CoreNLP has no Arabic lemmatiser, NER or time rules: a lemma is the piece without its article
 * or a verb's inflection ({@link ArabicLemmas}), every entity class is NONE and no time is found. Thread-safe.
 */
public final class ArabicAnnotator implements Annotator {
    /** The table of the tagger's tags. */
    public static final String TAGS = "dyad/nlp/arabic-tags.tsv";

    private static final String VERSION = "4.5.10";
    private static final int MAX_LENGTH = 300;
    /** The longest text annotated at once, in chars, as for English. */
    private static final int MAX_PIECE = 20_000;

    /** One CoreNLP annotator and the name its time is reported under ("nlp.parse"). */
    private record Step(String stage, edu.stanford.nlp.pipeline.Annotator annotator) {}

    private final List<Step> steps = new ArrayList<>();
    private final TagMapping tags = TagMapping.bundled(TAGS);
    private final ArabicLemmas lemmas = ArabicLemmas.bundled();
    private final ArabicDependencies dependencies = new ArabicDependencies(ArabicRelations.bundled(), lemmas);
    private final StageTimes times;

    /** An annotator whose times are reported nowhere. */
    public ArabicAnnotator() {
        this(new StageTimes());
    }

    /** An annotator reporting the time of each of its steps ("nlp.pos", "nlp.parse") to {@code times}. */
    public ArabicAnnotator(StageTimes times) {
        this.times = Objects.requireNonNull(times, "times");
        // As for English: CoreNLP builds and checks the annotators, dyad runs them one by one to time each.
        StanfordCoreNLP pipeline = new StanfordCoreNLP(ArabicModels.properties(MAX_LENGTH));
        for (String name : pipeline.getProperties().getProperty("annotators").split("\\s*,\\s*")) {
            steps.add(new Step("nlp." + name, pipeline.pool.get(name)));
        }
    }

    @Override
    public List<Sentence> annotate(String text) {
        List<Sentence> out = new ArrayList<>();
        for (Span piece : TextPieces.of(text, MAX_PIECE)) {
            annotatePiece(text, piece, out);
        }
        return out;
    }

    private void annotatePiece(String text, Span piece, List<Sentence> out) {
        String pieceText = text.substring(piece.start(), piece.end());
        Annotation document = new Annotation(pieceText);
        for (Step step : steps) {
            long start = System.nanoTime();
            step.annotator().annotate(document);
            if (step.stage().equals("nlp.tokenize") || step.stage().equals("nlp.ssplit")) {
                document.set(
                        CoreAnnotations.SentencesAnnotation.class,
                        LongSentences.split(
                                document.get(CoreAnnotations.SentencesAnnotation.class),
                                pieceText,
                                CoreNlpAnnotator.SENTENCE_TOKENS));
            }
            if (step.stage().equals("nlp.pos")) {
                punctuation(document.get(CoreAnnotations.TokensAnnotation.class));
            }
            times.add(step.stage(), System.nanoTime() - start);
        }
        for (CoreMap s : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            long start = System.nanoTime();
            out.add(convert(out.size(), s, text, piece.start()));
            times.add("nlp.convert", System.nanoTime() - start);
        }
    }

    /**
     * Tags PUNC every token with no letter or digit: the treebank the tagger learnt from writes
     * brackets "-LRB-", so it guesses at "(" (a noun, a verb) and the parser builds on the guess.
     */
    private static void punctuation(List<CoreLabel> labels) {
        for (CoreLabel l : labels) {
            if (l.word().codePoints().noneMatch(Character::isLetterOrDigit)) {
                l.setTag("PUNC");
            }
        }
    }

    /** Sentence {@code s} of the piece that starts at {@code offset} in {@code text}, in dyad's terms. */
    private Sentence convert(int index, CoreMap s, String text, int offset) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        Span[] spans = ArabicWords.spans(labels, offset);
        List<String> words = new ArrayList<>(labels.size());
        List<String> tagList = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            words.add(ArabicWords.form(l));
            tagList.add(l.tag() == null ? "" : l.tag());
        }
        Tree tree = s.get(TreeCoreAnnotations.TreeAnnotation.class);
        List<Dependency> deps = dependencies.of(tree, words, tagList);
        boolean[] marks = new boolean[labels.size()];
        deps.stream().filter(d -> d.relation().equals("mark")).forEach(d -> marks[d.dependent()] = true);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            String word = words.get(i);
            String lemma = lemmas.lemma(word, tagList.get(i));
            TagMapping.PartOfSpeech pos = tags.partOfSpeechOrUnknown(tagList.get(i));
            // A preposition's tag is also a complementiser's: the parse tells which.
            Upos upos = marks[i] && pos.upos() == Upos.ADP ? Upos.SCONJ : pos.upos();
            tokens.add(new Token(
                    i, word, lemma.equals(word) ? word : lemma, upos, pos.features(), EntityClass.NONE, spans[i]));
        }
        int start = offset + s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = offset + s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, new Span(start, end), text.substring(start, end), tokens, deps, List.of());
    }

    @Override
    public String description() {
        return "Stanford CoreNLP " + VERSION + " Arabic (ATB segmenter, tagger, shift-reduce parser; UD arcs by "
                + ArabicRelations.RESOURCE + ")";
    }
}
