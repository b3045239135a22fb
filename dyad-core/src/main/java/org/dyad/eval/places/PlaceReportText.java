package org.dyad.eval.places;

import java.io.PrintWriter;
import java.util.Map;
import org.dyad.model.Span;

/**
 * The report for people: a table of outcomes, the first records dyad placed wrong (gold
 * location, dyad's place), and the summary line last.
 */
public final class PlaceReportText {
    private final PrintWriter out;

    public PlaceReportText(PrintWriter out) {
        this.out = out;
    }

    public void write(PlaceReport report, int shown) {
        out.println("outcome                                  records");
        for (Map.Entry<PlaceOutcome, Integer> e : report.counts().entrySet()) {
            out.printf("%-40s %7d%n", e.getKey().label(), e.getValue());
        }
        out.printf("%-40s %7d%n", "all", report.records());
        int listed = 0;
        for (PlaceReport.Result r : report.results()) {
            if (r.outcome().right() || r.outcome() == PlaceOutcome.NO_EVENT || listed >= shown) {
                continue;
            }
            if (listed++ == 0) {
                out.println();
                out.println("wrong (first " + shown + "):");
            }
            out.printf(
                    "  %s [%s] gold %s, dyad %s%n",
                    r.gold().id(),
                    r.outcome().label(),
                    gold(r.gold()),
                    r.place()
                            .map(p -> "'" + p.text() + "' (" + p.name() + ", " + p.feature() + ")")
                            .orElse("none"));
        }
        out.println();
        out.println(report.summaryLine());
        out.flush();
    }

    private static String gold(PlaceGoldRecord g) {
        if (!g.hasLocation()) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        for (Span s : g.locations()) {
            sb.append(sb.length() == 0 ? "" : ", ")
                    .append('\'')
                    .append(s.cut(g.text()))
                    .append('\'');
        }
        return sb.toString();
    }
}
