package org.dyad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of the event store, created when a store file is new. docs/store.md describes
 * every column; a change here is a change there, and a new {@link #VERSION}.
 */
final class StoreSchema {
    /** The schema's version, kept in {@code store_info} so that a later dyad can tell old files. */
    static final String VERSION = "2";

    private static final List<String> TABLES = List.of("""
            CREATE TABLE IF NOT EXISTS store_info (key VARCHAR PRIMARY KEY, value VARCHAR)""", """
            CREATE TABLE IF NOT EXISTS articles (
                article_key VARCHAR PRIMARY KEY,
                article_id VARCHAR NOT NULL,
                url VARCHAR,
                publisher VARCHAR,
                title VARCHAR,
                published DATE,
                language VARCHAR,
                origin VARCHAR NOT NULL,
                text VARCHAR NOT NULL,
                events INTEGER NOT NULL,
                failure VARCHAR,
                fingerprint VARCHAR NOT NULL,
                ingested_at TIMESTAMP NOT NULL)""", """
            CREATE TABLE IF NOT EXISTS copies (
                article_key VARCHAR PRIMARY KEY,
                kept_key VARCHAR NOT NULL,
                article_id VARCHAR NOT NULL,
                url VARCHAR,
                publisher VARCHAR,
                title VARCHAR,
                published DATE,
                origin VARCHAR NOT NULL,
                similarity DOUBLE NOT NULL,
                ingested_at TIMESTAMP NOT NULL)""", """
            CREATE TABLE IF NOT EXISTS events (
                event_id VARCHAR NOT NULL,
                article_key VARCHAR NOT NULL,
                article_id VARCHAR NOT NULL,
                published DATE,
                when_start DATE,
                when_end DATE,
                source_code VARCHAR,
                source_country VARCHAR,
                source_agent VARCHAR,
                source_patron VARCHAR,
                target_code VARCHAR,
                target_country VARCHAR,
                target_agent VARCHAR,
                target_patron VARCHAR,
                cameo VARCHAR NOT NULL,
                cameo_root VARCHAR NOT NULL,
                quad_class INTEGER,
                goldstein DOUBLE,
                plover_type VARCHAR,
                status VARCHAR,
                negated BOOLEAN,
                where_name VARCHAR,
                where_country VARCHAR,
                where_lat DOUBLE,
                where_lon DOUBLE,
                dyad_version VARCHAR,
                provenance VARCHAR,
                json VARCHAR NOT NULL)""", ImportedEvents.TABLE);

    /** The prefix of the temporary tables a batch is appended to before it moves in. */
    static final String STAGE = "stage_";

    private static final List<String> STORED = List.of("articles", "events", "copies");

    private StoreSchema() {}

    /** Temporary tables like the stored ones, without their keys: this connection's, gone when it closes. */
    static void createStaging(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String table : STORED) {
                s.execute(
                        "CREATE TEMP TABLE IF NOT EXISTS " + STAGE + table + " AS SELECT * FROM " + table + " LIMIT 0");
            }
        }
    }

    /** Moves what is staged into the stored tables; the caller commits. */
    static void moveStaged(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String table : STORED) {
                s.execute("INSERT INTO " + table + " SELECT * FROM temp." + STAGE + table);
            }
            clearStaging(s);
        }
    }

    static void clearStaging(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            clearStaging(s);
        }
    }

    private static void clearStaging(Statement s) throws SQLException {
        for (String table : STORED) {
            s.execute("DELETE FROM temp." + STAGE + table);
        }
    }

    static void create(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String table : TABLES) {
                s.execute(table);
            }
            s.execute(StoryTable.STORIES);
            s.execute(StoryTable.STORY_EVENTS);
            s.execute("INSERT OR IGNORE INTO store_info VALUES ('schema', '" + VERSION + "')");
            // A store made by an older dyad has just gained the tables it lacked.
            s.execute("UPDATE store_info SET value = '" + VERSION + "' WHERE key = 'schema' AND value < '" + VERSION
                    + "'");
        }
    }
}
