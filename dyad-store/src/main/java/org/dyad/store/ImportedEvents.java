package org.dyad.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The {@code imported_events} table: other datasets' events, written a batch at a time. As
 * {@link EventStore#write} does, a batch is appended to a temporary staging table and moved in by
 * one {@code INSERT OR IGNORE ... SELECT} in one transaction, so a killed import leaves whole
 * batches; the primary key (source, import_key) makes a second import of a file add nothing.
 */
public final class ImportedEvents {
    /** The table, created with the others when a store is opened for writing; docs/store.md has each column. */
    static final String TABLE = """
            CREATE TABLE IF NOT EXISTS imported_events (
                source VARCHAR NOT NULL,
                import_key VARCHAR NOT NULL,
                format VARCHAR NOT NULL,
                event_id VARCHAR,
                event_date DATE NOT NULL,
                source_name VARCHAR,
                source_code VARCHAR,
                source_country VARCHAR,
                target_name VARCHAR,
                target_code VARCHAR,
                target_country VARCHAR,
                cameo VARCHAR,
                cameo_root VARCHAR,
                quad_class INTEGER,
                goldstein DOUBLE,
                plover_type VARCHAR,
                where_name VARCHAR,
                where_country VARCHAR,
                where_lat DOUBLE,
                where_lon DOUBLE,
                file VARCHAR NOT NULL,
                line BIGINT NOT NULL,
                original VARCHAR NOT NULL,
                imported_at TIMESTAMP NOT NULL,
                PRIMARY KEY (source, import_key))""";

    private static final String STAGE = StoreSchema.STAGE + "imported_events";

    private final EventStore store;
    private boolean staged;

    public ImportedEvents(EventStore store) {
        this.store = store;
    }

    /** Writes {@code events} in one transaction; returns how many were new (the rest were stored already). */
    public long write(List<ImportedEvent> events) throws StoreException {
        DuckDBConnection connection = (DuckDBConnection) store.connection();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try {
            if (!staged) {
                try (Statement s = connection.createStatement()) {
                    s.execute("CREATE TEMP TABLE IF NOT EXISTS " + STAGE + " AS SELECT * FROM imported_events LIMIT 0");
                }
                connection.commit();
                staged = true;
            }
            try (DuckDBAppender a = connection.createAppender("temp", "main", STAGE)) {
                for (ImportedEvent e : events) {
                    append(a, e, now);
                }
            }
            long added;
            try (Statement s = connection.createStatement()) {
                // Keys repeated inside one batch keep their first row, as keys already stored do.
                added = s.executeUpdate("INSERT OR IGNORE INTO imported_events SELECT * FROM temp." + STAGE
                        + " QUALIFY row_number() OVER (PARTITION BY source, import_key ORDER BY file, line) = 1");
                s.execute("DELETE FROM temp." + STAGE);
            }
            connection.commit();
            return added;
        } catch (SQLException | RuntimeException e) {
            abandon(connection);
            throw new StoreException("cannot write imported events: " + StoreException.firstLine(e), e);
        }
    }

    private static void abandon(DuckDBConnection connection) {
        try {
            connection.rollback();
            try (Statement s = connection.createStatement()) {
                s.execute("DELETE FROM temp." + STAGE);
            }
            connection.commit();
        } catch (SQLException ignored) {
            // The write already failed and says why; the staging table goes with the connection.
        }
    }

    private static void append(DuckDBAppender a, ImportedEvent e, LocalDateTime now) throws SQLException {
        a.beginRow();
        a.append(e.source());
        a.append(e.importKey());
        a.append(e.format());
        string(a, e.eventId());
        a.append(e.date());
        actor(a, e.actor());
        actor(a, e.target());
        ImportedCode code = e.code();
        string(a, code.cameo());
        string(a, code.cameoRoot());
        integer(a, code.quadClass());
        number(a, code.goldstein());
        string(a, code.ploverType());
        ImportedPlace where = e.where();
        string(a, where.name());
        string(a, where.country());
        number(a, where.lat());
        number(a, where.lon());
        a.append(e.file());
        a.append(e.line());
        a.append(e.original());
        a.append(now);
        a.endRow();
    }

    private static void actor(DuckDBAppender a, ImportedActor actor) throws SQLException {
        string(a, actor.name());
        string(a, actor.code());
        string(a, actor.country());
    }

    private static void string(DuckDBAppender a, Optional<String> s) throws SQLException {
        if (s.isPresent()) {
            a.append(s.get());
        } else {
            a.appendNull();
        }
    }

    private static void integer(DuckDBAppender a, OptionalInt n) throws SQLException {
        if (n.isPresent()) {
            a.append(n.getAsInt());
        } else {
            a.appendNull();
        }
    }

    private static void number(DuckDBAppender a, OptionalDouble n) throws SQLException {
        if (n.isPresent()) {
            a.append(n.getAsDouble());
        } else {
            a.appendNull();
        }
    }
}
