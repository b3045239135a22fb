package org.dyad.app;

import java.nio.file.Path;
import java.util.Optional;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import org.dyad.store.StoreQueries;
import picocli.CommandLine.Option;

/** The {@code --db} option the store commands share, and where the store is when it is not given. */
final class StoreOption {
    static final String DEFAULT_FILE = "dyad.duckdb";

    @Option(
            names = "--db",
            paramLabel = "FILE",
            description =
                    "The store, a DuckDB file (default: $DYAD_DB, else " + DEFAULT_FILE + " in the working directory).")
    Path db;

    /** The store file: --db, else $DYAD_DB, else dyad.duckdb here. */
    Path file() {
        if (db != null) {
            return db;
        }
        return Optional.ofNullable(System.getenv("DYAD_DB"))
                .filter(s -> !s.isBlank())
                .map(Path::of)
                .orElse(Path.of(DEFAULT_FILE));
    }

    EventStore openForWriting() {
        try {
            return EventStore.open(file());
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), ExitCode.STORE);
        }
    }

    /** A read of the store that may fail with a store error. */
    interface Read<T> {
        T from(StoreQueries queries) throws StoreException;
    }

    /** Runs {@code read} on the store opened read-only; a store error is a user error (exit status 4). */
    <T> T read(Read<T> read) {
        try (EventStore db = openReadOnly()) {
            return read.from(new StoreQueries(db));
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), ExitCode.STORE);
        }
    }

    EventStore openReadOnly() {
        try {
            return EventStore.openReadOnly(file());
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), ExitCode.STORE);
        }
    }
}
