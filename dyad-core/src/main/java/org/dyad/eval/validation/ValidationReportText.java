package org.dyad.eval.validation;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.dyad.eval.GoldReportText;
import org.dyad.eval.MissReport;
import org.dyad.eval.internal.TextColumns;

/**
 * Writes a {@link ValidationReport} for people: counts per category, the records passed over,
 * the first records missed with the events coded and the coder's reasons, and last the summary line.
 */
public final class ValidationReportText {
    private final PrintWriter out;

    public ValidationReportText(PrintWriter out) {
        this.out = out;
    }

    public void write(ValidationReport report) {
        TextColumns table = new TextColumns(
                List.of("category", "records", "expected", "reproduced", "lenient", "no-event right", "events coded"));
        for (ValidationReport.Tally t : report.categories()) {
            table.row(cells(t));
        }
        table.row(cells(report.total()));
        table.lines().forEach(out::println);
        if (report.notEvaluated() > 0 || !report.errorRecords().isEmpty()) {
            out.println();
        }
        if (report.notEvaluated() > 0) {
            out.printf("Not coded: %d record(s) marked evaluate=\"false\".%n", report.notEvaluated());
        }
        if (!report.errorRecords().isEmpty()) {
            out.printf(
                    "Not scored: %d record(s) expecting a PETRARCH error dyad has no counterpart for: %s%n",
                    report.errorRecords().size(),
                    report.errorRecords().stream()
                            .map(r -> r.id() + " (" + r.error().orElse("?") + ")")
                            .collect(Collectors.joining(", ")));
        }
        out.println();
        writeMisses(report);
        out.println(report.petrarch().line(report.rules()));
        out.println(report.line());
        out.flush();
    }

    private static List<String> cells(ValidationReport.Tally t) {
        return List.of(
                t.category(),
                String.valueOf(t.records()),
                String.valueOf(t.expected()),
                String.valueOf(t.strict()),
                String.valueOf(t.lenient()),
                t.noEventRight() + "/" + t.noEventRecords(),
                String.valueOf(t.events()));
    }

    private void writeMisses(ValidationReport report) {
        long all = report.missedRecords();
        if (all == 0) {
            return;
        }
        out.printf(
                "Records not reproduced: %d of %d%s%n%n",
                all,
                report.results().size(),
                report.misses().size() < all ? "; the first " + report.misses().size() + " (--misses N for more)" : "");
        int n = 0;
        for (ValidationReport.RecordMiss m : report.misses()) {
            ValidationRecord r = m.result().record();
            out.printf(
                    "%d. %s (%s, %s, line %d): %s%n",
                    ++n, r.id(), r.category(), r.date().map(Object::toString).orElse("no date"), r.line(), r.text());
            out.printf(
                    "   expected: %s%n",
                    r.expectation() == ValidationRecord.Expectation.NO_EVENT
                            ? "no event"
                            : r.codings().stream().map(Object::toString).collect(Collectors.joining(", ")));
            out.printf(
                    "   coded:    %s (reproduced %d, lenient %d)%n",
                    m.result().events().isEmpty()
                            ? "no event"
                            : m.result().events().stream()
                                    .map(GoldReportText::eventLine)
                                    .collect(Collectors.joining(", ")),
                    m.result().strict(),
                    m.result().lenient());
            m.note().ifPresent(note -> out.println("   why: " + note));
            for (MissReport.SentenceReasons s : m.sentences()) {
                s.reasons()
                        .forEach(x -> out.printf(
                                "   why: %s '%s' [%d]: %s - %s%n",
                                x.kind(), x.word(), x.token(), x.outcome(), x.detail()));
            }
            out.println();
        }
    }
}
