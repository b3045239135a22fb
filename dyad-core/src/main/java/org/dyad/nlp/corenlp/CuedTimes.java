package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.lexicon.Lexicons;
import org.dyad.lexicon.WordTable;
import org.dyad.model.TimeMention;

/**
 * Time expressions read by SUTime only where one can be: on windows of a few tokens around each
 * word that can head a time expression (the list in {@link Lexicons#TIME_CUES}) and each token
 * with a digit. SUTime matches hundreds of rules at every token; most sentences of news have no
 * time expression, and those that do have them in a few tokens, so this reads the same
 * expressions at a fraction of the cost. Thread-safe.
 */
final class CuedTimes {
    /** Tokens on each side of a cue: "three and a half [years] ago" reaches back four. */
    private static final int REACH = 4;
    /** The NER classes a time expression's tokens take over, as SUTime inside NER does. */
    private static final Set<String> WEAKER = Set.of("O", "NUMBER", "ORDINAL", "DATE", "TIME", "DURATION", "SET");

    private static final Pattern COUNT = Pattern.compile("[$€£]?[0-9][0-9.,]*%?");
    private static final Pattern YEAR_OR_CLOCK = Pattern.compile("[0-9]{4}");

    private final TimeAnnotator sutime = new TimeAnnotator("sutime", new Properties(), true);
    private final WordTable cues = WordTable.load(Lexicons.TIME_CUES);

    /**
     * The time expressions of a sentence's {@code tokens}, resolved against {@code docDate}
     * (ISO, or null); their tokens' NER class becomes the expression's type (DATE, DURATION ...).
     */
    List<TimeMention> find(List<CoreLabel> tokens, String text, String docDate) {
        boolean[] window = windows(tokens);
        List<TimeMention> out = new ArrayList<>();
        SUTime.TimeIndex index = new SUTime.TimeIndex();
        int i = 0;
        while (i < tokens.size()) {
            if (!window[i]) {
                i++;
                continue;
            }
            int end = i;
            while (end < tokens.size() && window[end]) {
                end++;
            }
            for (CoreMap found : sutime.annotateSingleSentence(piece(tokens.subList(i, end), text), docDate, index)) {
                mention(tokens, text, found)
                        .filter(m -> out.stream().noneMatch(o -> o.start() == m.start()))
                        .ifPresent(out::add);
            }
            i = end;
        }
        out.sort(Comparator.comparingInt(TimeMention::start));
        for (TimeMention m : out) {
            for (int t = m.start(); t < m.end(); t++) {
                if (WEAKER.contains(nonNull(tokens.get(t).ner()))) {
                    tokens.get(t).setNER(m.type());
                }
            }
        }
        return out;
    }

    private boolean[] windows(List<CoreLabel> tokens) {
        boolean[] window = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (isCue(tokens.get(i).word())) {
                for (int j = Math.max(0, i - REACH); j <= Math.min(tokens.size() - 1, i + REACH); j++) {
                    window[j] = true;
                }
            }
        }
        return window;
    }

    /**
     * A time word, or a token with a digit that can be part of a time on its own: a year or a
     * clock time ("2019", "0300"), a date ("5/13", "2019-05-13"), a decade ("1990s"), an ordinal
     * ("5th"). A plain count ("50", "2,000", "1.5", "30%") is a time only beside a word that is a
     * cue itself ("50 years", "March 5", "5 p.m."), whose window reaches it: news is full of
     * counts, and each cue costs SUTime a pass of all its rules.
     */
    private boolean isCue(String word) {
        if (!word.chars().anyMatch(Character::isDigit)) {
            return cues.contains(word);
        }
        return !COUNT.matcher(word).matches() || YEAR_OR_CLOCK.matcher(word).matches();
    }

    /** A window of tokens dressed as the sentence SUTime expects. */
    private static CoreMap piece(List<CoreLabel> tokens, String text) {
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        CoreMap piece = new ArrayCoreMap();
        piece.set(CoreAnnotations.TokensAnnotation.class, tokens);
        piece.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        piece.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
        piece.set(CoreAnnotations.TokenEndAnnotation.class, tokens.size());
        return piece;
    }

    /** SUTime's expression as a mention over the sentence's tokens, found by its character offsets. */
    private static Optional<TimeMention> mention(List<CoreLabel> tokens, String text, CoreMap found) {
        Timex timex = found.get(TimeAnnotations.TimexAnnotation.class);
        Integer begin = found.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        Integer end = found.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        if (timex == null || begin == null || end == null) {
            return Optional.empty();
        }
        int first = -1;
        int last = -1;
        for (int t = 0; t < tokens.size(); t++) {
            if (first < 0 && tokens.get(t).endPosition() > begin) {
                first = t;
            }
            if (tokens.get(t).beginPosition() < end) {
                last = t;
            }
        }
        if (first < 0 || last < first) {
            return Optional.empty();
        }
        Timex.Range range = timex.range();
        return Optional.of(new TimeMention(
                first,
                last + 1,
                text.substring(
                        tokens.get(first).beginPosition(), tokens.get(last).endPosition()),
                Optional.ofNullable(timex.value()),
                timex.timexType() == null ? "DATE" : timex.timexType(),
                Optional.ofNullable(range == null ? null : range.begin),
                Optional.ofNullable(range == null ? null : range.end)));
    }

    private static String nonNull(String ner) {
        return ner == null ? "O" : ner;
    }
}
