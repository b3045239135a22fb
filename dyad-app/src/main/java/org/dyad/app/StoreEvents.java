package org.dyad.app;

import java.nio.file.Files;
import java.util.List;
import org.dyad.analysis.Dyad;
import org.dyad.analysis.DyadEvent;
import org.dyad.store.AnalysisEvents;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;

/** The event store's events as the analysis commands see them. */
final class StoreEvents {
    private StoreEvents() {}

    /**
     * The analyses' view of the store's events ({@link AnalysisEvents}), actors by country or by
     * code; those that did not take place too when {@code allStatuses}; only {@code dyad}'s unless
     * it is null.
     */
    static List<DyadEvent> analysis(StoreOption store, boolean byCountry, boolean allStatuses, Dyad dyad) {
        if (!Files.isRegularFile(store.file())) {
            throw new UserError(
                    "no event store at " + store.file() + ": run 'dyad ingest' first, or give --db FILE "
                            + "or --events FILE",
                    ExitCode.NO_INPUT);
        }
        try (EventStore opened = store.openReadOnly()) {
            return AnalysisEvents.read(opened, byCountry, allStatuses, dyad);
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), ExitCode.STORE);
        }
    }
}
