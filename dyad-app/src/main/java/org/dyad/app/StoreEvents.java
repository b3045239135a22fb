package org.dyad.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.dyad.format.EventJsonReader;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import org.dyad.store.StoreQueries;

/** The dyad.event/1 records of the event store, for the analysis commands. */
final class StoreEvents {
    private StoreEvents() {}

    static List<JsonNode> read(StoreOption store, PrintWriter err) {
        if (!Files.isRegularFile(store.file())) {
            throw new UserError(
                    "no event store at " + store.file() + ": run 'dyad ingest' first, or give --db FILE "
                            + "or --events FILE",
                    ExitCode.NO_INPUT);
        }
        EventJsonReader reader = new EventJsonReader();
        List<JsonNode> out = new ArrayList<>();
        try (EventStore opened = store.openReadOnly()) {
            new StoreQueries(opened).eachEventRecord(json -> out.add(reader.parse(json)));
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), ExitCode.STORE);
        }
        return out;
    }
}
