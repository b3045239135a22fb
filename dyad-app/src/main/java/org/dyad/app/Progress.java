package org.dyad.app;

import java.io.PrintWriter;

/** A one-line progress bar on standard error for runs over many articles, shown only on a terminal. */
final class Progress {
    private final PrintWriter err;
    private final int total;
    private final boolean visible;
    private final String verb;
    private final String found;
    private final long start = System.nanoTime();
    private int done;

    /**
     * {@code verb}: what the run does to an article ("coded"); {@code found}: what it counts, in
     * the singular ("event", "actor mention").
     */
    Progress(PrintWriter err, int total, boolean terminal, String verb, String found) {
        this.err = err;
        this.verb = verb;
        this.found = found;
        this.total = total;
        this.visible = terminal && total > 1;
    }

    void step(int count) {
        done++;
        if (!visible) {
            return;
        }
        double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        double rate = done / seconds;
        long left = Math.round((total - done) / Math.max(rate, 1e-6));
        int width = 30;
        int filled = (int) Math.round(width * (double) done / total);
        err.printf(
                "\r[%s%s] %d/%d articles, %d %ss, %.1f articles/s, %ds left ",
                "#".repeat(filled), " ".repeat(width - filled), done, total, count, found, rate, left);
        err.flush();
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
