package org.dyad.coding;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.dyad.places.Gazetteer;
import org.dyad.places.PlaceResolver;
import org.dyad.rules.WordClasses;

/**
 * The bundled gazetteer, read on a thread of its own: reading it takes about a second, which the
 * NLP models' loading hides, and a run that places no event before it is ready only waits for it then.
 */
public final class BundledPlaces {
    private BundledPlaces() {}

    /**
     * Starts reading the bundled gazetteer, its names read with {@code words}; the supplier gives
     * its resolver, waiting for it if need be.
     */
    public static Supplier<PlaceResolver> loading(WordClasses words) {
        CompletableFuture<PlaceResolver> future = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try {
                        future.complete(new PlaceResolver(Gazetteer.loadBundled(words)));
                    } catch (RuntimeException | Error e) {
                        future.completeExceptionally(e);
                    }
                },
                "dyad-gazetteer");
        reader.setDaemon(true);
        reader.start();
        return () -> {
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        };
    }
}
