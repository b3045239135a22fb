package org.dyad.eval.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Event;

/**
 * UniversalPetrarch's own count of a validation run, as its script {@code validation.py} made it
 * (dev-validate, December 2018): per evaluated record, every coded event whose code is not null
 * is looked for among the expected codings, and counts as correct if one matches (the first; an
 * expected coding may be matched by more than one event); then correct, uncoded (expected minus
 * correct) and extra (coded minus correct) are summed over the records, and TP = correct /
 * (correct + uncoded), FN = uncoded / (correct + uncoded), FP = extra / records. A record that
 * expects no event and gets none counts one correct. Which coded event matches an expected
 * coding depends on the language's rules ({@link Rules}). A symmetric event counts as two, one
 * each way round, as PETRARCH writes them; dyad codes no null events, so Null is always 0.
 */
public final class PetrarchCount {
    /** The matching rules of the script's three modes. */
    public enum Rules {
        /** The default mode: the event code and both actor codes exactly. */
        ENGLISH("en"),
        /** {@code -es}: the first three characters of the event code and both actor codes exactly. */
        SPANISH("es"),
        /**
         * The Spanish script of October 2018 ({@code validation2_spanish_withanalysis.py}), whose run
         * UniversalPetrarch's issue 52 quotes ("Correct 565 (44.21%)"): the records then had no actor
         * codes, and an expected coding is found when a coded event has its two-digit root, whatever
         * its actors; correct counts the expected codings found, extra the coded events that find none.
         */
        SPANISH_2018("es-2018"),
        /**
         * {@code -ar}: gold PROTEST against a coded root 13 or 14, gold ASSAULT against 18, 19 or 20,
         * and both actor codes exactly; duplicate coded events counted once; a record whose gold
         * actors are both "None None" counts as correct when nothing is coded.
         */
        ARABIC("ar");

        private final String language;

        Rules(String language) {
            this.language = language;
        }

        public String language() {
            return language;
        }

        public static Rules of(String language) {
            for (Rules r : values()) {
                if (r.language.equalsIgnoreCase(language) || r.name().equalsIgnoreCase(language)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("no UniversalPetrarch rules for language '" + language + "'");
        }

        @Override
        public String toString() {
            return language;
        }
    }

    /** The script's five columns, summed. */
    public record Counts(int records, int correct, int uncoded, int extra, int nulls) {
        Counts add(int found, int expected, int coded) {
            return add(found, expected, coded, found);
        }

        /** One record more: {@code found} of its {@code expected} codings, {@code matching} of its {@code coded} events. */
        Counts add(int found, int expected, int coded, int matching) {
            return new Counts(
                    records + 1, correct + found, uncoded + expected - found, extra + coded - matching, nulls);
        }

        /** The script's summary, in its words: records evaluated, correct, uncoded, extra. */
        public String line(Rules rules) {
            return "UniversalPetrarch's count (" + rules + " rules): records evaluated " + records + "; correct "
                    + correct + " (" + percent(correct, correct + uncoded) + "%); uncoded " + uncoded + " ("
                    + percent(uncoded, correct + uncoded) + "%); extra " + extra + " (" + percent(extra, records)
                    + "% of records)";
        }
    }

    private PetrarchCount() {}

    /** The count over {@code results}, of the records whose category {@code include} names (all if it names none). */
    public static Counts count(Rules rules, List<String> include, List<ValidationReport.RecordResult> results) {
        Counts c = new Counts(0, 0, 0, 0, 0);
        for (ValidationReport.RecordResult r : results) {
            if (include.isEmpty() || include.contains(r.record().category())) {
                c = record(rules, r.record(), r.events(), c);
            }
        }
        return c;
    }

    private static Counts record(Rules rules, ValidationRecord record, List<Event> events, Counts c) {
        List<CodingMatch.Reading> readings = CodingMatch.readings(events);
        if (rules == Rules.ARABIC) {
            readings = new ArrayList<>(new LinkedHashSet<>(readings));
        }
        boolean none = record.expectation() == ValidationRecord.Expectation.NO_EVENT;
        int expected = none ? 1 : record.codings().size();
        if (readings.isEmpty()) {
            boolean right = none
                    || rules == Rules.ARABIC
                            && record.codings().get(0).source().equals(CodingMatch.NONE)
                            && record.codings().get(0).target().equals(CodingMatch.NONE);
            return right ? c.add(1, expected, 1) : c.add(0, expected, 0);
        }
        if (rules == Rules.SPANISH_2018 && !none) {
            return byRoot(record, readings, c);
        }
        int found = 0;
        for (CodingMatch.Reading r : readings) {
            if (!none && record.codings().stream().anyMatch(want -> matches(rules, r, want))) {
                found++;
            }
        }
        return c.add(found, expected, readings.size());
    }

    /** The October 2018 count of one record that expects events: expected codings found by root, events that find one. */
    private static Counts byRoot(ValidationRecord record, List<CodingMatch.Reading> readings, Counts c) {
        List<ValidationRecord.ExpectedCoding> codings = record.codings();
        boolean[] found = new boolean[codings.size()];
        int matching = 0;
        for (CodingMatch.Reading r : readings) {
            for (int i = 0; i < codings.size(); i++) {
                if (root(codings.get(i).code()).equals(root(r.event()))) {
                    found[i] = true;
                    matching++;
                    break;
                }
            }
        }
        int correct = 0;
        for (boolean f : found) {
            correct += f ? 1 : 0;
        }
        return c.add(correct, codings.size(), readings.size(), matching);
    }

    /** Python's {@code s[:2]}: a CAMEO code's root, or all of a shorter string. */
    private static String root(String s) {
        return s.length() <= 2 ? s : s.substring(0, 2);
    }

    /** Whether coded reading {@code r} matches expected coding {@code want} by the script's rules. */
    static boolean matches(Rules rules, CodingMatch.Reading r, ValidationRecord.ExpectedCoding want) {
        // The 2018 Spanish records had no actor codes, and its script read none.
        boolean actors = rules == Rules.SPANISH_2018
                || r.source().equals(want.source()) && r.target().equals(want.target());
        return actors
                && switch (rules) {
                    case ENGLISH -> want.code().equals(r.event());
                    case SPANISH -> first3(want.code()).equals(first3(r.event()));
                    case SPANISH_2018 -> root(want.code()).equals(root(r.event()));
                    case ARABIC -> cue(want, r.event());
                };
    }

    private static final Set<String> PROTEST = Set.of("13", "14");
    private static final Set<String> ASSAULT = Set.of("18", "19", "20");

    private static boolean cue(ValidationRecord.ExpectedCoding want, String cameo) {
        String root = cameo.length() < 2 ? cameo : cameo.substring(0, 2);
        String plover = want.plover().orElse("").toUpperCase(Locale.ROOT);
        return plover.equals("PROTEST") && PROTEST.contains(root) || plover.equals("ASSAULT") && ASSAULT.contains(root);
    }

    /** Python's {@code s[:3]}: the first three characters, or all of a shorter string. */
    private static String first3(String s) {
        return s.length() <= 3 ? s : s.substring(0, 3);
    }

    /** {@code part} of {@code whole} in percent with two decimals, as the script prints it; "nan" of nothing. */
    static String percent(int part, int whole) {
        if (whole == 0) {
            return "nan";
        }
        return new BigDecimal(100.0 * part / whole)
                .setScale(2, RoundingMode.HALF_EVEN)
                .toPlainString();
    }
}
