package org.dyad.stage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Where the time of a run went: the nanoseconds each named stage took, summed over every
 * article and every worker thread. Owned by whoever builds the pipeline and handed to the stages
 * that report; thread-safe. Stages nest (the NLP annotators inside "annotate" are reported as well),
 * so the figures are read against a total the reader chooses, not summed blindly.
 */
public final class StageTimes {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    // Keeps the order in which stages first reported, which is the order of the flow.
    private final Map<String, Boolean> order = Collections.synchronizedMap(new LinkedHashMap<>());

    public void add(String stage, long elapsedNanos) {
        nanos.computeIfAbsent(stage, s -> {
                    order.put(s, Boolean.TRUE);
                    return new LongAdder();
                })
                .add(elapsedNanos);
    }

    /** Runs {@code work}, adding the time it took to {@code stage}, and answers its result. */
    public <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, System.nanoTime() - start);
        }
    }

    /** The seconds of each stage so far, in the order stages first reported. */
    public Map<String, Double> seconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        synchronized (order) {
            for (String stage : order.keySet()) {
                LongAdder sum = nanos.get(stage); // absent for a moment while a first report installs it
                out.put(stage, sum == null ? 0.0 : sum.sum() / 1e9);
            }
        }
        return out;
    }

    /** Forgets the times so far (a warm-up's), keeping the stages' order. */
    public void reset() {
        nanos.values().forEach(LongAdder::reset);
    }
}
