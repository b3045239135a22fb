package org.dyad.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.eval.internal.TextColumns;
import org.dyad.model.ActorMention;
import org.dyad.model.Event;

/**
 * Writes a {@link GoldReport} for people: the PLOVER confusion table, the first misses with the
 * events coded and the coder's reasons, and last the summary line of {@code score_events.py}.
 */
public final class GoldReportText {
    private final PrintWriter out;

    public GoldReportText(PrintWriter out) {
        this.out = out;
    }

    public void write(GoldReport report) {
        writeConfusion(report.confusion(), report.score().roles());
        writeMisses(report);
        out.println(report.score().summaryLine());
        out.flush();
    }

    private void writeConfusion(Confusion confusion, Roles roles) {
        if (confusion.isEmpty()) {
            return;
        }
        // The table takes its events by the roles the matching checked, so that its diagonal agrees with the hits.
        String with = switch (roles) {
            case FULL -> "with the gold's roles ";
            case COUNTRY -> "with the gold's countries ";
            case NONE -> "";
        };
        out.println("PLOVER types: gold type (rows) by the type of the best coded event " + with + "in its "
                + "sentence (columns)");
        List<String> columns = confusion.columns();
        List<String> header = new ArrayList<>(List.of("gold", "n", "right"));
        header.addAll(columns);
        TextColumns table = new TextColumns(header);
        for (String row : confusion.rows()) {
            List<String> cells = new ArrayList<>(
                    List.of(row, String.valueOf(confusion.rowTotal(row)), String.valueOf(confusion.rowRight(row))));
            columns.forEach(
                    c -> cells.add(confusion.count(row, c) == 0 ? "." : String.valueOf(confusion.count(row, c))));
            table.row(cells);
        }
        table.lines().forEach(out::println);
        out.println();
    }

    private void writeMisses(GoldReport report) {
        int all = report.score().misses().size();
        if (all == 0) {
            return;
        }
        out.printf(
                "Missed gold events: %d of %d%s%n%n",
                all,
                report.score().outcomes().size(),
                report.misses().size() < all ? "; the first " + report.misses().size() + " (--misses N for more)" : "");
        Map<String, Integer> listed = new HashMap<>();
        for (int i = 0; i < report.misses().size(); i++) {
            writeMiss(i + 1, report.misses().get(i), listed);
        }
    }

    private void writeMiss(int n, MissReport m, Map<String, Integer> listed) {
        GoldEvent g = m.outcome().gold();
        out.printf(
                "%d. gold %s (%s), article %s%n",
                n,
                g.id().isEmpty() ? "-" : g.id(),
                g.level().key(),
                m.articleId().isEmpty() ? "-" : m.articleId());
        if (!m.shown().isEmpty()) {
            out.printf("   %s \"%s\"%n", g.fragment().isEmpty() ? "article:" : "fragment:", m.shown());
        }
        out.printf("   wanted: %s%n", g.wanted());
        Integer before = listed.putIfAbsent(m.articleId(), n);
        if (before != null && !m.articleEvents().isEmpty()) {
            out.printf(
                    "   coded in the article: %d event(s), listed under miss %d%n",
                    m.articleEvents().size(), before);
        } else {
            out.printf(
                    "   coded in the article: %s%n",
                    m.articleEvents().isEmpty() ? "no event" : m.articleEvents().size() + " event(s)");
            m.articleEvents().forEach(e -> out.println("     " + eventLine(e)));
        }
        m.note().ifPresent(note -> out.println("   why: " + note));
        for (MissReport.SentenceReasons s : m.sentences()) {
            out.printf("   why, sentence %d: %s%n", s.index() + 1, s.text());
            if (s.reasons().isEmpty()) {
                out.println("     (no verb or event noun that could head an event)");
            }
            s.reasons()
                    .forEach(r -> out.printf(
                            "     %s '%s' [%d]: %s - %s%n", r.kind(), r.word(), r.token(), r.outcome(), r.detail()));
        }
        out.println();
    }

    /**
     * One coded event for people: {@code s3 050/SUPPORT ISR -> RUS "sided with"} (sentence from 1,
     * CAMEO code and PLOVER type, '-' for no actor).
     */
    public static String eventLine(Event e) {
        String code =
                e.code().cameo() + e.code().plover().map(p -> "/" + p.type()).orElse("");
        return "s" + (e.sentenceIndex() + 1) + " " + code + " "
                + code(e.source().orElse(null)) + " -> " + code(e.target().orElse(null))
                + (e.symmetric() ? " (symmetric)" : "") + " \"" + e.trigger().text() + "\"";
    }

    private static String code(ActorMention m) {
        return m == null ? "-" : m.actor().code();
    }
}
