package org.dyad.eval.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dyad.eval.MissReport;
import org.dyad.model.Event;

/**
 * What dyad made of the validation records: per scored record the events coded and how many
 * expected codings they reproduce, strictly and leniently ({@link CodingMatch}); the records
 * passed over (evaluate="false", or expecting a PETRARCH error); and the first records missed,
 * with the coder's reasons.
 *
 * @param notEvaluated how many records say evaluate="false"
 * @param errorRecords the evaluated records that expect a PETRARCH error, which are not coded
 * @param rules the rules of UniversalPetrarch's own count ({@link #petrarch()})
 * @param include the categories UniversalPetrarch's script evaluated (empty: all)
 */
public record ValidationReport(
        List<RecordResult> results,
        int notEvaluated,
        List<ValidationRecord> errorRecords,
        List<RecordMiss> misses,
        PetrarchCount.Rules rules,
        List<String> include) {

    /** A report counted by UniversalPetrarch's English rules over all categories. */
    public ValidationReport(
            List<RecordResult> results,
            int notEvaluated,
            List<ValidationRecord> errorRecords,
            List<RecordMiss> misses) {
        this(results, notEvaluated, errorRecords, misses, PetrarchCount.Rules.ENGLISH, List.of());
    }

    /** One scored record: the events coded from it and how many expected codings they reproduce. */
    public record RecordResult(ValidationRecord record, List<Event> events, int strict, int lenient, int eventCode) {
        public RecordResult {
            Objects.requireNonNull(record, "record");
            events = List.copyOf(events);
        }

        /** A record expecting no event that got none. */
        public boolean noEventRight() {
            return record.expectation() == ValidationRecord.Expectation.NO_EVENT && events.isEmpty();
        }

        /** Whether the record was not fully reproduced: an expected coding missing, or an event where none was expected. */
        public boolean missed() {
            return record.expectation() == ValidationRecord.Expectation.NO_EVENT
                    ? !events.isEmpty()
                    : strict < record.codings().size();
        }
    }

    /** A record not fully reproduced, with the coder's decisions on its sentences. */
    public record RecordMiss(RecordResult result, List<MissReport.SentenceReasons> sentences, Optional<String> note) {
        public RecordMiss {
            Objects.requireNonNull(result, "result");
            sentences = List.copyOf(sentences);
            Objects.requireNonNull(note, "note");
        }
    }

    /** The counts of one category (or of all records). */
    public record Tally(
            String category,
            int records,
            int expected,
            int strict,
            int lenient,
            int eventCode,
            int noEventRecords,
            int noEventRight,
            int events) {
        Tally add(RecordResult r) {
            boolean none = r.record().expectation() == ValidationRecord.Expectation.NO_EVENT;
            return new Tally(
                    category,
                    records + 1,
                    expected + r.record().codings().size(),
                    strict + r.strict(),
                    lenient + r.lenient(),
                    eventCode + r.eventCode(),
                    noEventRecords + (none ? 1 : 0),
                    noEventRight + (r.noEventRight() ? 1 : 0),
                    events + r.events().size());
        }
    }

    public ValidationReport {
        results = List.copyOf(results);
        errorRecords = List.copyOf(errorRecords);
        misses = List.copyOf(misses);
        Objects.requireNonNull(rules, "rules");
        include = List.copyOf(include);
    }

    /** The run counted as UniversalPetrarch's script counted it, by {@link #rules()}. */
    public PetrarchCount.Counts petrarch() {
        return PetrarchCount.count(rules, include, results);
    }

    /** The counts per category, in the order the categories first appear in the file. */
    public List<Tally> categories() {
        Map<String, Tally> out = new LinkedHashMap<>();
        for (RecordResult r : results) {
            String c = r.record().category();
            out.put(c, out.getOrDefault(c, new Tally(c, 0, 0, 0, 0, 0, 0, 0, 0)).add(r));
        }
        return new ArrayList<>(out.values());
    }

    public Tally total() {
        Tally t = new Tally("all", 0, 0, 0, 0, 0, 0, 0, 0);
        for (RecordResult r : results) {
            t = t.add(r);
        }
        return t;
    }

    /** How many scored records were not fully reproduced. */
    public long missedRecords() {
        return results.stream().filter(RecordResult::missed).count();
    }

    /**
     * The summary line: {@code validation: reproduced X/Y expected codings (Z%), lenient X2/Y,
     * event code alone X3/Y; no-event records right A/B}.
     */
    public String line() {
        Tally t = total();
        return "validation: reproduced " + t.strict() + "/" + t.expected() + " expected codings ("
                + percent(t.strict(), t.expected()) + "%), lenient " + t.lenient() + "/" + t.expected()
                + ", event code alone " + t.eventCode() + "/" + t.expected()
                + "; no-event records right " + t.noEventRight() + "/" + t.noEventRecords();
    }

    /** {@code part} of {@code whole} in percent with one decimal, 0.0 of nothing. */
    public static String percent(int part, int whole) {
        double p = whole == 0 ? 0.0 : 100.0 * part / whole;
        return new BigDecimal(p).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }
}
