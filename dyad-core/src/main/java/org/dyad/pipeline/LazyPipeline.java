package org.dyad.pipeline;

import java.util.function.Supplier;

/**
 * The NLP pipeline, loaded on first use (the first article coded or sentence explained) so that
 * a server starts in seconds and a run with nothing new to code loads no models; loaded once,
 * shared by every thread (it is thread-safe), and closed by its owner.
 */
public final class LazyPipeline implements AutoCloseable {
    private final Supplier<DyadPipeline> loader;
    private final boolean owned;
    private volatile DyadPipeline pipeline;

    /** {@code loader} builds the pipeline; when {@code owned}, {@link #close()} closes it. */
    public LazyPipeline(Supplier<DyadPipeline> loader, boolean owned) {
        this.loader = loader;
        this.owned = owned;
    }

    public DyadPipeline get() {
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

    public boolean loaded() {
        return pipeline != null;
    }

    @Override
    public synchronized void close() {
        if (owned && pipeline != null) {
            pipeline.close();
        }
    }
}
