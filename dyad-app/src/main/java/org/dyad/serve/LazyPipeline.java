package org.dyad.serve;

import java.util.function.Supplier;
import org.dyad.pipeline.DyadPipeline;

/**
 * The NLP pipeline, loaded on first use (the first article coded or sentence explained) so that
 * the server starts in seconds; loaded once, shared by every request (it is thread-safe), and
 * closed by the server that owns it.
 */
final class LazyPipeline implements AutoCloseable {
    private final Supplier<DyadPipeline> loader;
    private final boolean owned;
    private volatile DyadPipeline pipeline;

    /** {@code loader} builds the pipeline; when {@code owned}, {@link #close()} closes it. */
    LazyPipeline(Supplier<DyadPipeline> loader, boolean owned) {
        this.loader = loader;
        this.owned = owned;
    }

    DyadPipeline get() {
        DyadPipeline p = pipeline;
        if (p == null) {
            synchronized (this) {
                p = pipeline;
                if (p == null) {
                    p = loader.get();
                    pipeline = p;
                }
            }
        }
        return p;
    }

    boolean loaded() {
        return pipeline != null;
    }

    @Override
    public synchronized void close() {
        if (owned && pipeline != null) {
            pipeline.close();
        }
    }
}
