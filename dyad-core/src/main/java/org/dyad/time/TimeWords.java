package org.dyad.time;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import org.dyad.lexicon.BundledWords;
import org.dyad.lexicon.Lexicons;
import org.dyad.lexicon.WordTable;

/**
 * The word classes of {@code time-words.txt}: what a word inside or next to a time expression
 * says about how to read it. Immutable, so one instance serves every thread.
 */
public final class TimeWords {
    /** A calendar unit a word names: "week" is 7 days; "decade" is a year unit of 3650 days. */
    public record Unit(String name, int days) {}

    private final WordTable table;
    private final List<String> months;

    public TimeWords(WordTable table) {
        this.table = table;
        this.months = table.words().stream().filter(w -> is(w, "month")).toList();
    }

    public static TimeWords loadBundled() {
        return loadBundled(BundledWords.ENGLISH);
    }

    /** The time words of {@code words}' language. */
    public static TimeWords loadBundled(BundledWords words) {
        return new TimeWords(words.table(Lexicons.TIME_WORDS));
    }

    private boolean is(String word, String kind) {
        return table.value(word)
                .map(v -> v.equals(kind) || v.startsWith(kind + " "))
                .orElse(false);
    }

    private Optional<String> argument(String word, String kind) {
        return table.value(word)
                .filter(v -> v.startsWith(kind + " "))
                .map(v -> v.substring(kind.length() + 1).strip());
    }

    public boolean approximator(String word) {
        return is(word, "approx");
    }

    public Optional<Unit> unit(String word) {
        return argument(word, "unit").map(a -> {
            String[] f = a.split("\\s+");
            return new Unit(f[0], Integer.parseInt(f[1]));
        });
    }

    /** How many days back "recently" reaches, for the recent words. */
    public Optional<Integer> recentDays(String word) {
        return argument(word, "recent").map(Integer::parseInt);
    }

    /** A span back from publication, for any expression ("the past month"). */
    public boolean back(String word) {
        return is(word, "back");
    }

    /** A span back from publication, for a duration ("the last 24 hours"). */
    public boolean previous(String word) {
        return is(word, "previous");
    }

    public boolean ahead(String word) {
        return is(word, "ahead");
    }

    /** Counts from another time of the text ("later"), not from publication. */
    public boolean anchored(String word) {
        return is(word, "anchored");
    }

    /** Which side of a current unit an anchored word takes: "before" publication ("earlier") or "after" ("later"). */
    public Optional<String> anchoredSide(String word) {
        return argument(word, "anchored");
    }

    /** A word before an expression that makes it run on to publication ("since 2009", "so far this year"). */
    public boolean toNow(String word) {
        return is(word, "tonow");
    }

    public boolean ago(String word) {
        return is(word, "ago");
    }

    public boolean futureAuxiliary(String word) {
        return is(word, "future");
    }

    public boolean pastAuxiliary(String word) {
        return is(word, "pastaux");
    }

    /** Which third of a range "early" (1), "mid" (2) or "late" (3) takes. */
    public Optional<Integer> part(String word) {
        return argument(word, "part").map(Integer::parseInt);
    }

    public boolean coordination(String word) {
        return is(word, "coordination");
    }

    /** The weekday a word (lower case) names in full: "thursday". */
    public Optional<DayOfWeek> weekday(String word) {
        return argument(word, "weekday").map(n -> DayOfWeek.of(Integer.parseInt(n)));
    }

    /** Whether a word (lower case) names a month, in full or cut to at least three letters: "sept.", "dec". */
    public boolean month(String word) {
        for (String name : months) {
            if (word.equals(name) || (word.length() >= 3 && name.startsWith(word.replace(".", "")))) {
                return true;
            }
        }
        return false;
    }
}
