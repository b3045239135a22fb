package org.dyad.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dyad.model.Sentence;
import org.dyad.model.TimeMention;
import org.dyad.model.Token;
import org.dyad.model.Upos;

/**
 * Corrections to SUTime's readings that need the sentence, applied before resolution:
 * <ul>
 * <li>"February and March of 2018": SUTime reads "February" alone and gives it the document's
 * year; a month or day conjoined before a date with a written year takes that year.</li>
 * <li>"Following years of collaboration": SUTime reads "following years" as the year after the
 * document's; a plural unit with no number is a vague duration, not a date. With a word that
 * counts from publication ("the coming days", "recent months", where SUTime gives one day or
 * the current month) the resolver makes it a span of a few units up to or from publication.</li>
 * </ul>
 */
public final class TimeFixes {
    private static final Pattern WRITTEN_YEAR = Pattern.compile("(1[5-9]|2[01])\\d\\d|'\\d\\d|(1[5-9]|2[01])\\d0s");
    private static final Pattern YEARLESS = Pattern.compile("(\\d{4}|XXXX)(-\\d{2}(-\\d{2})?)");

    /** A mention as corrected, and whether the text writes its year, in it or after it ("February and March of 2018"). */
    public record Fixed(TimeMention mention, boolean yearWritten) {}

    private final TimeWords words;

    public TimeFixes(TimeWords words) {
        this.words = words;
    }

    /** The sentence's time mentions with the corrections made. */
    public List<Fixed> apply(Sentence sentence) {
        List<Fixed> out = new ArrayList<>();
        for (TimeMention m : sentence.times()) {
            out.add(new Fixed(vagueYears(sentence, m), hasWrittenYear(sentence, m)));
        }
        for (int i = out.size() - 2; i >= 0; i--) { // right to left, so "May, June and July 2018" all take 2018
            TimeMention m = out.get(i).mention();
            Fixed next = out.get(i + 1);
            Optional<String> year = next.mention()
                    .value()
                    .filter(v -> v.matches("\\d{4}.*"))
                    .filter(v -> next.yearWritten())
                    .map(v -> v.substring(0, 4));
            var yearless = m.value().map(YEARLESS::matcher).filter(java.util.regex.Matcher::matches);
            if (year.isPresent()
                    && yearless.isPresent()
                    && !out.get(i).yearWritten()
                    && coordinated(sentence, m, next.mention())) {
                out.set(i, new Fixed(m.withValue(year.get() + yearless.get().group(2), m.type()), true));
            }
        }
        return out;
    }

    /** Whether the text of {@code m} writes a year out ("2018", "'98", "1990s"), rather than leaving it to the reader. */
    public static boolean hasWrittenYear(Sentence sentence, TimeMention m) {
        for (int t = m.start(); t < m.end(); t++) {
            if (WRITTEN_YEAR.matcher(sentence.token(t).word()).matches()) {
                return true;
            }
        }
        return false;
    }

    private boolean coordinated(Sentence sentence, TimeMention first, TimeMention second) {
        if (second.start() == first.end()) {
            return false; // two readings side by side are not a list
        }
        for (int t = first.end(); t < second.start(); t++) {
            if (!words.coordination(sentence.token(t).word())) {
                return false;
            }
        }
        return true;
    }

    private TimeMention vagueYears(Sentence sentence, TimeMention m) {
        if (!m.type().equals("DATE")) {
            return m;
        }
        Optional<TimeWords.Unit> plural = Optional.empty();
        for (int t = m.start(); t < m.end(); t++) {
            Token token = sentence.token(t);
            String w = token.word();
            if (token.upos() == Upos.NUM || words.ago(w) || words.anchored(w)) {
                return m;
            }
            if (token.upos() == Upos.NOUN
                    && token.has("Number", "Plur")
                    && words.unit(w).isPresent()) {
                plural = words.unit(w);
            }
        }
        return plural.map(u ->
                        m.withValue("PX" + u.name().substring(0, 1).toUpperCase(java.util.Locale.ROOT), "DURATION"))
                .orElse(m);
    }
}
