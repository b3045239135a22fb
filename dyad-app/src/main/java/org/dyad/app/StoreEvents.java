package org.dyad.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The dyad.event/1 records of the event store, for the analysis commands. */
final class StoreEvents {
    private StoreEvents() {
    }

    static List<JsonNode> read(Path db, PrintWriter err) {
        throw new UserError("no event store yet: give --events FILE (dyad.event/1 JSON Lines)", ExitCode.USAGE);
    }
}
