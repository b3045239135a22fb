package org.dyad.nlp.conllu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.Sentence;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.corenlp.TagMapping;

/**
 * An annotator that parses nothing: it gives, for each of the texts it was made with, the
 * sentences of that text's own CoNLL-U parse (UniversalPetrarch's validation records carry a
 * UDPipe parse beside each sentence), read by {@link ConlluSentences}. Every text is read once,
 * when the annotator is made; a text it was not given is an error. Thread-safe.
 */
public final class ConlluAnnotator implements Annotator {
    private final Map<String, List<Sentence>> byText;
    private final Map<TextAligner.Match, Integer> matches;
    private final List<String> problems;
    private final boolean version1;

    private ConlluAnnotator(
            Map<String, List<Sentence>> byText,
            Map<TextAligner.Match, Integer> matches,
            List<String> problems,
            boolean version1) {
        this.byText = Collections.unmodifiableMap(byText);
        this.matches = Collections.unmodifiableMap(new EnumMap<>(matches));
        this.problems = List.copyOf(problems);
        this.version1 = version1;
    }

    /**
     * An annotator of the texts that are the keys of {@code parses}, each annotated by its value,
     * a CoNLL-U block; the problems met are named by the text's key in {@code names}.
     */
    public static ConlluAnnotator of(Map<String, String> parses, Map<String, String> names) {
        Map<String, ConlluBlock> blocks = new HashMap<>();
        boolean version1 = false;
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : parses.entrySet()) {
            ConlluBlock block = ConlluBlock.parse(e.getValue());
            blocks.put(e.getKey(), block);
            block.problems().forEach(p -> problems.add(names.getOrDefault(e.getKey(), "?") + ": parse " + p));
            version1 |= block.sentences().stream()
                    .flatMap(s -> s.words().stream())
                    .anyMatch(w -> ConlluSentences.V1_ONLY.contains(w.deprel()));
        }
        ConlluSentences reader = new ConlluSentences(TagMapping.bundled(), version1);
        Map<String, List<Sentence>> byText = new HashMap<>();
        for (Map.Entry<String, ConlluBlock> e : blocks.entrySet()) {
            int before = reader.problems.size();
            byText.put(e.getKey(), List.copyOf(reader.convert(e.getKey(), e.getValue())));
            for (int i = before; i < reader.problems.size(); i++) {
                problems.add(names.getOrDefault(e.getKey(), "?") + ": parse " + reader.problems.get(i));
            }
        }
        return new ConlluAnnotator(byText, reader.matches, problems, version1);
    }

    @Override
    public List<Sentence> annotate(String text) {
        List<Sentence> sentences = byText.get(text);
        if (sentences == null) {
            throw new IllegalArgumentException("no CoNLL-U parse was given for this text");
        }
        return sentences;
    }

    /** How many surface tokens were found in their texts each way ({@link TextAligner}). */
    public Map<TextAligner.Match, Integer> matches() {
        return matches;
    }

    /** The lines of the parses that could not be read and the words given a head they could not have. */
    public List<String> problems() {
        return problems;
    }

    /** Whether the parses were in UD version 1 relations, read as version 2. */
    public boolean version1() {
        return version1;
    }

    @Override
    public String description() {
        return "the records' own CoNLL-U parses (UDPipe), no named entities"
                + (version1 ? ", UD v1 relations read as v2" : "");
    }
}
