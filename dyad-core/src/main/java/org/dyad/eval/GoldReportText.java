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
    private final int groups;

    /** A writer that lists the {@code groups} largest groups of unmatched events. */
    public GoldReportText(PrintWriter out, int groups) {
        if (groups < 0) {
            throw new IllegalArgumentException("groups " + groups + " is below 0");
        }
        this.out = out;
        this.groups = groups;
    }

    public GoldReportText(PrintWriter out) {
        this(out, 20);
    }

    public void write(GoldReport report) {
        writeConfusion(report.confusion(), report.score().roles());
        writeMisses(report);
        writeUnmatched(report.falsePositives(), report.score().exhaustive());
        writeConfidence(report.confidence(), report.score().exhaustive());
        out.println(report.score().summaryLine());
        out.flush();
    }

    private void writeUnmatched(FalsePositives fp, boolean exhaustive) {
        if (fp.total() == 0 || groups == 0) {
            return;
        }
        List<FalsePositives.Group> shown =
                fp.groups().subList(0, Math.min(groups, fp.groups().size()));
        out.printf(
                "%s: %d, by trigger lemma and rule, most frequent first%s%n",
                exhaustive
                        ? "False positives (coded events no gold event took)"
                        : "Coded events the gold does not list",
                fp.total(),
                shown.size() < fp.groups().size()
                        ? "; the first " + shown.size() + " of " + fp.groups().size()
                                + " groups (--false-positives N for more)"
                        : "");
        TextColumns table = new TextColumns(List.of("n", "lemma", "codes", "rule", "example"));
        for (FalsePositives.Group g : shown) {
            Event first = g.examples().get(0);
            table.row(List.of(
                    String.valueOf(g.count()),
                    g.lemma(),
                    String.join(" ", g.codes()),
                    g.rule(),
                    first.articleId() + " " + eventLine(first)));
        }
        table.lines().forEach(out::println);
        out.println();
    }

    private void writeConfidence(ConfidenceBands bands, boolean exhaustive) {
        if (bands.bands().stream().allMatch(b -> b.coded() == 0)) {
            return;
        }
        out.println("Precision by confidence"
                + (exhaustive
                        ? " (true precision: the gold lists every event)"
                        : " (a proxy: the gold may not list every event)"));
        TextColumns table = new TextColumns(
                List.of("confidence", "coded", "matched", "precision", "at or above: coded", "matched", "precision"));
        for (ConfidenceBands.Band b : bands.bands()) {
            String range = b.upper() > 1
                    ? String.format(java.util.Locale.ROOT, ">= %.1f", b.lower())
                    : b.lower() == 0
                            ? String.format(java.util.Locale.ROOT, "< %.1f", b.upper())
                            : String.format(java.util.Locale.ROOT, "%.1f-%.1f", b.lower(), b.upper());
            table.row(List.of(
                    range,
                    String.valueOf(b.coded()),
                    String.valueOf(b.matched()),
                    b.coded() == 0 ? "-" : Score.rounded(b.precision(), 2).toPlainString(),
                    String.valueOf(b.codedAbove()),
                    String.valueOf(b.matchedAbove()),
                    b.codedAbove() == 0
                            ? "-"
                            : Score.rounded(b.precisionAbove(), 2).toPlainString()));
        }
        table.lines().forEach(out::println);
        out.println();
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
