package org.dyad.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.model.Article;

/**
 * The event store: one DuckDB file holding articles, their near-copies and their events. Each
 * {@link #write} is one transaction, so a run killed at any moment leaves whole articles with
 * all their events, or nothing of them. One writer per file (DuckDB locks it); not thread-safe.
 *
 * <p>Rows go in through DuckDB's appender, but into temporary staging tables: an appender
 * commits what it flushes on its own, whatever the connection's transaction, so appending
 * straight into the stored tables would let a failed or killed batch leave half of itself.
 * One INSERT ... SELECT per table then moves a staged batch in, in one real transaction.
 */
public final class EventStore implements AutoCloseable {
    private final DuckDBConnection connection;
    private final boolean readOnly;

    private EventStore(DuckDBConnection connection, boolean readOnly) {
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /** Opens the store at {@code file} for writing, creating the file and its tables if new. */
    public static EventStore open(Path file) throws StoreException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new StoreException(file + ": no such directory " + parent);
        }
        EventStore store = new EventStore(connect(file, new Properties()), false);
        try {
            // One transaction: a run killed while the tables are made leaves all of them or none.
            store.connection.setAutoCommit(false);
            StoreSchema.create(store.connection);
            StoreSchema.createStaging(store.connection);
            store.connection.commit();
        } catch (SQLException e) {
            store.close();
            throw new StoreException(file + ": cannot set up the store: " + StoreException.firstLine(e), e);
        }
        return store;
    }

    /** Opens an existing store for reading only: no statement can change it. */
    public static EventStore openReadOnly(Path file) throws StoreException {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + ": no such store (make one with 'dyad ingest')");
        }
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        EventStore store = new EventStore(connect(file, p), true);
        boolean[] tables = {false};
        try {
            store.query(
                    "SELECT 1 FROM information_schema.tables WHERE table_name = 'articles'", rs -> tables[0] = true);
        } catch (StoreException e) {
            store.close();
            throw e;
        }
        if (!tables[0]) {
            // Another program's DuckDB file, or a first 'dyad ingest' stopped before it made its tables.
            store.close();
            throw new StoreException(
                    file + ": not a dyad store: it has no articles table (make one with 'dyad ingest')");
        }
        return store;
    }

    private static DuckDBConnection connect(Path file, Properties properties) throws StoreException {
        try {
            return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot open the store: " + StoreException.firstLine(e), e);
        } catch (LinkageError e) {
            // DuckDB unpacks its native library into the temporary directory first; a full disk stops it there.
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new StoreException(
                    file + ": cannot load DuckDB's native library: " + StoreException.firstLine(root), e);
        }
    }

    /** The keys of every article already stored, kept or as a copy: input with these is skipped. */
    public Set<String> knownKeys() throws StoreException {
        Set<String> keys = new HashSet<>();
        query(
                "SELECT article_key FROM articles UNION ALL SELECT article_key FROM copies",
                rs -> keys.add(rs.getString(1)));
        return keys;
    }

    /** The fingerprint of every kept article, by key, in the order they were stored. */
    public Map<String, String> fingerprints() throws StoreException {
        Map<String, String> prints = new LinkedHashMap<>();
        query(
                "SELECT article_key, fingerprint FROM articles ORDER BY ingested_at, article_key",
                rs -> prints.put(rs.getString(1), rs.getString(2)));
        return prints;
    }

    /** Writes {@code articles} with their events and {@code copies} in one transaction. */
    public void write(List<StoredArticle> articles, List<ArticleCopy> copies) throws StoreException {
        if (readOnly) {
            throw new IllegalStateException("the store was opened read-only");
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try {
            try (DuckDBAppender a = connection.createAppender("temp", "main", StoreSchema.STAGE + "articles");
                    DuckDBAppender e = connection.createAppender("temp", "main", StoreSchema.STAGE + "events");
                    DuckDBAppender c = connection.createAppender("temp", "main", StoreSchema.STAGE + "copies")) {
                for (StoredArticle s : articles) {
                    appendArticle(a, s, now);
                    Set<String> ids = new HashSet<>();
                    for (String json : s.eventJson()) {
                        EventRow.append(e, s.key(), s.article(), json, ids);
                    }
                }
                for (ArticleCopy copy : copies) {
                    appendCopy(c, copy, now);
                }
            }
            StoreSchema.moveStaged(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollback();
            clearStaging();
            throw new StoreException("cannot write to the store: " + StoreException.firstLine(e), e);
        }
    }

    private static void appendArticle(DuckDBAppender a, StoredArticle s, LocalDateTime now) throws SQLException {
        Article article = s.article();
        a.beginRow();
        a.append(s.key());
        a.append(article.id());
        string(a, article.url());
        string(a, article.publisher());
        string(a, article.title());
        date(a, article.published());
        string(a, article.language());
        a.append(article.origin());
        a.append(article.text());
        a.append(s.eventJson().size());
        string(a, s.failure());
        a.append(s.fingerprint());
        a.append(now);
        a.endRow();
    }

    private static void appendCopy(DuckDBAppender c, ArticleCopy copy, LocalDateTime now) throws SQLException {
        Article article = copy.article();
        c.beginRow();
        c.append(copy.key());
        c.append(copy.keptKey());
        c.append(article.id());
        string(c, article.url());
        string(c, article.publisher());
        string(c, article.title());
        date(c, article.published());
        c.append(article.origin());
        c.append(copy.similarity());
        c.append(now);
        c.endRow();
    }

    /** How many articles, failures, copies and events the store holds. */
    public StoreCounts counts() throws StoreException {
        long[] n = new long[5];
        query(
                "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM articles WHERE failure IS NOT NULL),"
                        + " (SELECT count(*) FROM copies), (SELECT count(*) FROM events), (SELECT count(*) FROM stories)",
                rs -> {
                    for (int i = 0; i < 5; i++) {
                        n[i] = rs.getLong(i + 1);
                    }
                });
        return new StoreCounts(n[0], n[1], n[2], n[3], n[4]);
    }

    /** The connection, for the queries of this package; statements with user values bind them. */
    Connection connection() {
        return connection;
    }

    /** Runs {@code sql} (no parameters) and hands each row to {@code row}. */
    void query(String sql, RowConsumer row) throws StoreException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                row.accept(rs);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the store: " + StoreException.firstLine(e), e);
        }
    }

    /** Does something with the current row of a result. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The write already failed and says why; a failed rollback leaves DuckDB to discard the transaction.
        }
    }

    private void clearStaging() {
        try {
            StoreSchema.clearStaging(connection);
            connection.commit();
        } catch (SQLException ignored) {
            // The staging tables are temporary: at worst they go with the connection.
        }
    }

    private static void string(DuckDBAppender a, Optional<String> s) throws SQLException {
        if (s.isPresent()) {
            a.append(s.get());
        } else {
            a.appendNull();
        }
    }

    private static void date(DuckDBAppender a, Optional<LocalDate> d) throws SQLException {
        if (d.isPresent()) {
            a.append(d.get());
        } else {
            a.appendNull();
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing after the work is done: committed transactions are already safe in the file.
        }
    }
}
