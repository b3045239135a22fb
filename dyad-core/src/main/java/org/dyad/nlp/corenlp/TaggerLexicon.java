package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the pipeline's tagger learned of words (how often its training text had a word with a
 * tag), and the tagger itself to tag a sentence again around one fixed tag: what {@link
 * SecondReading} needs of it. CoreNLP keeps the lexicon private, so it is read by reflection.
 */
final class TaggerLexicon {
    /** How often the tagger must have seen a stem as a verb ("rebel" once is not enough). */
    private static final int MIN_STEM_VERB = 2;

    private final MaxentTagger tagger;
    private final Function<String, Map<String, Integer>> seenTags;

    private TaggerLexicon(MaxentTagger tagger, Function<String, Map<String, Integer>> seenTags) {
        this.tagger = tagger;
        this.seenTags = seenTags;
    }

    /**
     * The lexicon and tagger of {@code pos}, the pipeline's tagging step; none when this CoreNLP
     * hides them otherwise than 4.5 does.
     */
    static Optional<TaggerLexicon> of(edu.stanford.nlp.pipeline.Annotator pos) {
        if (!(pos instanceof POSTaggerAnnotator)) {
            return Optional.empty();
        }
        try {
            MaxentTagger tagger = (MaxentTagger)
                    accessible(POSTaggerAnnotator.class.getDeclaredField("pos")).get(pos);
            Field dictField = accessible(MaxentTagger.class.getDeclaredField("dict"));
            Object dict = dictField.get(tagger);
            Method getTags = dict.getClass().getDeclaredMethod("getTags", String.class);
            getTags.setAccessible(true);
            Method getCount = dict.getClass().getDeclaredMethod("getCount", String.class, String.class);
            getCount.setAccessible(true);
            Function<String, Map<String, Integer>> seen = word -> {
                try {
                    String[] tags = (String[]) getTags.invoke(dict, word);
                    Map<String, Integer> counts = new HashMap<>();
                    for (String t : tags == null ? new String[0] : tags) {
                        counts.put(t, (Integer) getCount.invoke(dict, word, t));
                    }
                    return counts;
                } catch (ReflectiveOperationException | IllegalArgumentException e) {
                    return Map.of();
                }
            };
            return Optional.of(new TaggerLexicon(tagger, seen));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Field accessible(Field f) {
        f.setAccessible(true);
        return f;
    }

    /** The tags the training text had {@code word} with, and how often. */
    Map<String, Integer> seen(String word) {
        return seenTags.apply(word);
    }

    /**
     * Whether the tagger's training text had {@code word} as {@code tag}, or, for a third person
     * form it never saw as one ("convicts", "sentences", "summons"), its stem or its past as a verb
     * at least twice.
     */
    boolean seenAsVerb(String word, String tag) {
        if (seen(word).containsKey(tag)) {
            return true;
        }
        if (!tag.equals("VBZ")) {
            return false;
        }
        for (String stem : List.of(word.substring(0, word.length() - 1), word.replaceAll("es$", ""))) {
            Map<String, Integer> counts = seen(stem);
            // Or its past ("summons": "summon" once, "summoned" ten times).
            Map<String, Integer> past = seen(stem.endsWith("e") ? stem + "d" : stem + "ed");
            int asVerb = counts.getOrDefault("VB", 0)
                    + counts.getOrDefault("VBP", 0)
                    + past.getOrDefault("VBD", 0)
                    + past.getOrDefault("VBN", 0);
            if (asVerb >= MIN_STEM_VERB) {
                return true;
            }
        }
        return false;
    }

    /** Fixes token {@code i} as {@code tag} and lets the tagger tag the others around it. */
    void retag(List<CoreLabel> labels, int i, String tag) {
        List<CoreLabel> copy = new ArrayList<>(labels.size());
        for (int k = 0; k < labels.size(); k++) {
            CoreLabel c = new CoreLabel(labels.get(k));
            c.setTag(k == i ? tag : null);
            copy.add(c);
        }
        tagger.tagCoreLabels(copy, true);
        for (int k = 0; k < labels.size(); k++) {
            CoreLabel l = labels.get(k);
            String newTag = copy.get(k).tag();
            if (!newTag.equals(l.tag())) {
                l.setTag(newTag);
                l.setLemma(Morphology.stemStatic(l.word(), newTag).word());
            }
        }
    }
}
