package org.dyad.eval.validation;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.ActorMention;
import org.dyad.model.Event;

/**
 * How coded events are compared with a record's expected codings. A coded event reads as
 * (CAMEO code, source code, target code), a missing actor as {@code ---} (PETRARCH's code for
 * none); a symmetric event reads both ways round, as PETRARCH writes A-&gt;B and B-&gt;A for
 * parties that act on each other. Every reading reproduces at most one expected coding. An
 * expected coding with no CAMEO code but a PLOVER type (the Arabic records) is reproduced by an
 * event of that PLOVER type.
 *
 * <p>Strict: the event code and both actor codes are equal. Lenient: the event code is equal and
 * each actor code is equal or extends the other by classes, the shorter being a real code of at
 * least three characters: ARN for ARNGOV (dyad found Arnor but not that it was its government)
 * and ARNGOV for ARN (dyad knew more than the record asks), but not ARNGOV for ARNMIL, nor an
 * actor for none ({@code ---}). Event code alone: the event code is equal, whatever the actors,
 * which tells the coding of events from the conventions of naming actors.
 */
final class CodingMatch {
    static final String NONE = "---";

    /** How close a reading must come to an expected coding to reproduce it. */
    enum Closeness {
        STRICT,
        LENIENT,
        EVENT_CODE
    }

    private CodingMatch() {}

    /** One way of reading a coded event. */
    record Reading(String event, String source, String target, String plover) {
        Reading(String event, String source, String target) {
            this(event, source, target, "");
        }
    }

    static List<Reading> readings(List<Event> events) {
        List<Reading> out = new ArrayList<>();
        for (Event e : events) {
            String source = code(e.source().orElse(null));
            String target = code(e.target().orElse(null));
            String plover = e.code().plover().map(p -> p.type()).orElse("");
            out.add(new Reading(e.code().cameo(), source, target, plover));
            if (e.symmetric()) {
                out.add(new Reading(e.code().cameo(), target, source, plover));
            }
        }
        return out;
    }

    private static String code(ActorMention m) {
        return m == null ? NONE : m.actor().code();
    }

    /** How many of {@code expected} the readings reproduce, each reading used once, first come first served. */
    static int reproduced(List<ValidationRecord.ExpectedCoding> expected, List<Reading> readings, boolean lenient) {
        return reproduced(expected, readings, lenient ? Closeness.LENIENT : Closeness.STRICT);
    }

    /** How many of {@code expected} the readings reproduce as closely as {@code closeness} asks. */
    static int reproduced(List<ValidationRecord.ExpectedCoding> expected, List<Reading> readings, Closeness closeness) {
        boolean[] used = new boolean[readings.size()];
        int hits = 0;
        for (ValidationRecord.ExpectedCoding want : expected) {
            int found = find(
                    want, readings, used, closeness == Closeness.EVENT_CODE ? Closeness.EVENT_CODE : Closeness.STRICT);
            if (found < 0 && closeness == Closeness.LENIENT) {
                found = find(want, readings, used, Closeness.LENIENT);
            }
            if (found >= 0) {
                used[found] = true;
                hits++;
            }
        }
        return hits;
    }

    private static int find(
            ValidationRecord.ExpectedCoding want, List<Reading> readings, boolean[] used, Closeness closeness) {
        boolean lenient = closeness == Closeness.LENIENT;
        boolean actors = closeness != Closeness.EVENT_CODE;
        for (int i = 0; i < readings.size(); i++) {
            Reading r = readings.get(i);
            if (!used[i]
                    && kind(r, want)
                    && (!actors
                            || actor(r.source(), want.source(), lenient)
                                    && actor(r.target(), want.target(), lenient))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the reading is of the expected coding's kind: its CAMEO code, or where it has none its PLOVER type. */
    static boolean kind(Reading r, ValidationRecord.ExpectedCoding want) {
        if (!want.event().isEmpty()) {
            return r.event().equals(want.event());
        }
        return want.plover().isPresent() && want.plover().get().equalsIgnoreCase(r.plover());
    }

    /** Whether a coded actor code stands for the expected one, strictly or leniently. */
    static boolean actor(String coded, String expected, boolean lenient) {
        if (coded.equals(expected)) {
            return true;
        }
        if (!lenient) {
            return false;
        }
        boolean codedShorter = coded.length() <= expected.length();
        String shorter = codedShorter ? coded : expected;
        String longer = codedShorter ? expected : coded;
        return shorter.length() >= 3 && !shorter.startsWith(NONE) && longer.startsWith(shorter);
    }
}
