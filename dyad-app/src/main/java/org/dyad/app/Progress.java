package org.dyad.app;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on standard error for runs over many articles, shown on a terminal;
 * a run that logs ({@link #logging}) prints a plain line each minute when standard error is not a
 * terminal, so that a corpus ingested overnight leaves its pace in the log.
 */
final class Progress {
    private static final long LOG_EVERY_NANOS = 60_000_000_000L;

    private final PrintWriter err;
    private final long total;
    private final boolean visible;
    private final boolean logs;
    private final String verb;
    private final String found;
    private final long start = System.nanoTime();
    private long lastLog = start;
    private long done;

    /**
     * {@code verb}: what the run does to an article ("coded"); {@code found}: what it counts, in
     * the singular ("event", "actor mention").
     */
    Progress(PrintWriter err, int total, boolean terminal, String verb, String found) {
        this(err, total, terminal, false, verb, found);
    }

    private Progress(PrintWriter err, long total, boolean terminal, boolean logs, String verb, String found) {
        this.err = err;
        this.verb = verb;
        this.found = found;
        this.total = total;
        this.visible = terminal && total > 1;
        this.logs = logs && !terminal;
    }

    /**
     * Progress of a long run over about {@code total} articles (0 when not known beforehand: no
     * time left is shown), drawn on a terminal and logged each minute elsewhere.
     */
    static Progress logging(PrintWriter err, long total, boolean terminal, String verb, String found) {
        return new Progress(err, total, terminal, true, verb, found);
    }

    void step(long count) {
        done++;
        if (!visible && !logs) {
            return;
        }
        long now = System.nanoTime();
        double seconds = Math.max(1e-3, (now - start) / 1e9);
        double rate = done / seconds;
        String left = total > done ? ", " + duration((total - done) / Math.max(rate, 1e-6)) + " left" : "";
        if (visible) {
            int width = 30;
            int filled = (int) Math.round(width * Math.min(1.0, (double) done / total));
            err.printf(
                    Locale.ROOT,
                    "\r[%s%s] %d/%d articles, %d %ss, %.1f articles/s%s ",
                    "#".repeat(filled),
                    " ".repeat(width - filled),
                    done,
                    total,
                    count,
                    found,
                    rate,
                    left);
            err.flush();
        } else if (now - lastLog >= LOG_EVERY_NANOS) {
            lastLog = now;
            err.printf(
                    Locale.ROOT,
                    "dyad: %s %d%s articles, %d %ss, %.2f articles/s%s%n",
                    verb,
                    done,
                    total > 0 ? " of about " + total : "",
                    count,
                    found,
                    rate,
                    left);
            err.flush();
        }
    }

    /** "1h 05m", "12m 30s", "40s": time left as people read it. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh %02dm", s / 3600, s % 3600 / 60);
        }
        return s >= 60 ? String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60) : s + "s";
    }

    /** Ends the bar's line, if one was drawn; the caller prints its own summary. */
    void finish() {
        if (visible) {
            err.println();
            err.flush();
        }
    }

    void done(int worked, int failed, int count) {
        if (visible) {
            err.println();
        }
        if (visible || failed > 0) {
            err.printf(
                    "dyad: %s %d article(s), %d %s(s)%s%n",
                    verb, worked, count, found, failed > 0 ? ", " + failed + " failed" : "");
        }
        err.flush();
    }
}
