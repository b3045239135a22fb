package org.dyad.serve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.dyad.store.EventStore;
import org.dyad.store.ImportedActor;
import org.dyad.store.ImportedCode;
import org.dyad.store.ImportedEvent;
import org.dyad.store.ImportedEvents;
import org.dyad.store.ImportedPlace;
import org.dyad.store.StoreException;

/** Rows of another dataset written by hand into a store's {@code imported_events}, as {@code dyad import} would store them. */
final class ImportedRows {
    private final String source;
    private final List<ImportedEvent> rows = new ArrayList<>();

    ImportedRows(String source) {
        this.source = source;
    }

    /**
     * One event; a null country leaves the actor known by its code only, quad 0 leaves the event
     * without a quad class (as a dataset's unknown code would).
     */
    ImportedRows add(
            String day,
            String sourceCode,
            String sourceCountry,
            String targetCode,
            String targetCountry,
            int quad,
            double g) {
        long line = rows.size() + 1L;
        rows.add(new ImportedEvent(
                source,
                "icews",
                Optional.of(source + "-" + line),
                LocalDate.parse(day),
                new ImportedActor(Optional.of(sourceCode), Optional.of(sourceCode), Optional.ofNullable(sourceCountry)),
                new ImportedActor(Optional.of(targetCode), Optional.of(targetCode), Optional.ofNullable(targetCountry)),
                new ImportedCode(
                        Optional.empty(),
                        Optional.empty(),
                        quad == 0 ? OptionalInt.empty() : OptionalInt.of(quad),
                        OptionalDouble.of(g),
                        Optional.empty()),
                ImportedPlace.NONE,
                source + ".tab",
                line,
                "written by hand, line " + line));
        return this;
    }

    void writeTo(EventStore store) throws StoreException {
        new ImportedEvents(store).write(rows);
    }
}
