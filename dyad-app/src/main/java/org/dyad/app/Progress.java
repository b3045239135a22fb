package org.dyad.app;

import java.io.PrintWriter;

/** A one-line progress bar on standard error for runs over many articles, shown only on a terminal. */
final class Progress {
    private final PrintWriter err;
    private final int total;
    private final boolean visible;
    private final long start = System.nanoTime();
    private int done;

    Progress(PrintWriter err, int total, boolean terminal) {
        this.err = err;
        this.total = total;
        this.visible = terminal && total > 1;
    }

    void step(int events) {
        done++;
        if (!visible) {
            return;
        }
        double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        double rate = done / seconds;
        long left = Math.round((total - done) / Math.max(rate, 1e-6));
        int width = 30;
        int filled = (int) Math.round(width * (double) done / total);
        err.printf("\r[%s%s] %d/%d articles, %d events, %.1f articles/s, %ds left ",
                "#".repeat(filled), " ".repeat(width - filled), done, total, events, rate, left);
        err.flush();
    }

    void done(int coded, int failed, int events) {
        if (visible) {
            err.println();
        }
        if (visible || failed > 0) {
            err.printf("dyad: coded %d article(s), %d event(s)%s%n", coded, events,
                    failed > 0 ? ", " + failed + " failed" : "");
        }
        err.flush();
    }
}
