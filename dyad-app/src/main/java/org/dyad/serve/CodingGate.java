package org.dyad.serve;

import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The bounded pool that the server's NLP work (coding a pasted article, explaining a sentence)
 * goes through: a few workers, a short queue, and a 503 with Retry-After for whoever comes when
 * both are full. Coding takes a core for seconds; without the bound, a burst of it would hold
 * every request thread and starve the read endpoints, which answer in milliseconds.
 */
final class CodingGate {
    /** How much the newest duration counts in the running estimate: enough to follow a change, not one outlier. */
    private static final double WEIGHT = 0.2;

    private final int workers;
    private final int queue;
    /** Workers plus queue places: a request that gets none of these is turned away at once. */
    private final Semaphore admitted;

    private final Semaphore running;
    /** A running estimate of one job's duration, for Retry-After; the first job includes loading the models. */
    private final AtomicLong meanMillis = new AtomicLong(2_000);

    CodingGate(int workers, int queue) {
        if (workers < 1) {
            throw new IllegalArgumentException("coding workers " + workers + " is below 1");
        }
        if (queue < 0) {
            throw new IllegalArgumentException("coding queue " + queue + " is negative");
        }
        this.workers = workers;
        this.queue = queue;
        this.admitted = new Semaphore(workers + queue);
        this.running = new Semaphore(workers, true);
    }

    /** Runs {@code job} on a worker once one is free, or throws a 503 at once when the queue is full too. */
    <T> T run(Supplier<T> job) throws InterruptedException {
        if (!admitted.tryAcquire()) {
            long seconds = retryAfterSeconds();
            throw new ApiError(
                    503,
                    "the server is busy coding (" + workers + " at a time, " + queue + " waiting): try again in "
                            + seconds + " s",
                    Map.of("Retry-After", Long.toString(seconds)));
        }
        try {
            running.acquire();
            try {
                long start = System.nanoTime();
                T result = job.get();
                record((System.nanoTime() - start) / 1_000_000);
                return result;
            } finally {
                running.release();
            }
        } finally {
            admitted.release();
        }
    }

    /** Places left, working or waiting, before the next request is turned away. */
    int placesFree() {
        return admitted.availablePermits();
    }

    /** About when a place will be free: the queue ahead drained by the workers, at least one second. */
    long retryAfterSeconds() {
        double millis = meanMillis.get() * (double) (queue + workers) / workers;
        return Math.max(1, Math.min(120, (long) Math.ceil(millis / 1000)));
    }

    private void record(long millis) {
        meanMillis.updateAndGet(mean -> Math.round(mean + WEIGHT * (millis - mean)));
    }
}
