package org.dyad.imports;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.store.EventStore;
import org.dyad.store.ImportedEvents;
import org.dyad.store.QueryResult;
import org.dyad.store.StoreException;
import org.dyad.store.StoreQueries;

/** Imports the hand-written fixture files into a store and reads back what was stored. */
final class ImportFixtures {
    private ImportFixtures() {}

    /** The fixture {@code name} under src/test/resources/imports. */
    static Path fixture(String name) {
        try {
            return Path.of(ImportFixtures.class.getResource("/imports/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What one import run said: its summary and what it wrote to the error stream. */
    record Run(ImportSummary summary, String err) {}

    static Run load(Path db, ImportFormat format, String source, int batch, Path... files) throws StoreException {
        StringWriter err = new StringWriter();
        try (EventStore store = EventStore.open(db);
                PrintWriter w = new PrintWriter(err)) {
            ImportSummary s = new EventImport(format, source, new ImportedEvents(store), w, batch).run(List.of(files));
            w.flush();
            return new Run(s, err.toString());
        }
    }

    /** The stored rows of {@code source}, in file and line order, each as column name to value. */
    static List<Map<String, Object>> rows(Path db, String source) throws StoreException {
        try (EventStore store = EventStore.openReadOnly(db)) {
            QueryResult r = new StoreQueries(store)
                    .sql("SELECT * EXCLUDE (imported_at) FROM imported_events WHERE source = '" + source
                            + "' ORDER BY file, line");
            return r.rows().stream()
                    .map(row -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        for (int i = 0; i < r.columns().size(); i++) {
                            m.put(r.columns().get(i), row.get(i));
                        }
                        return m;
                    })
                    .toList();
        }
    }
}
