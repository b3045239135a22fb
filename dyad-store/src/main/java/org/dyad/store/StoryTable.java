package org.dyad.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.dedup.Story;
import org.dyad.dedup.StoryClusters;
import org.dyad.dedup.StoryMention;

/**
 * The story events of the store ({@code stories}, and {@code story_events} linking each to the
 * event records behind it). Stories are a function of the events: {@link #rebuild} groups all of
 * them; {@link #update} regroups only the dyads and CAMEO roots of events in no story yet, which
 * gives the same table, since {@link StoryClusters} groups each dyad and root apart. An event
 * with no date at all (no time in the text and an undated article) is in no story.
 */
public final class StoryTable {
    static final String STORIES = """
            CREATE TABLE IF NOT EXISTS stories (
                story_id VARCHAR PRIMARY KEY,
                source_code VARCHAR,
                target_code VARCHAR,
                is_symmetric BOOLEAN NOT NULL,
                cameo VARCHAR NOT NULL,
                cameo_root VARCHAR NOT NULL,
                quad_class INTEGER,
                goldstein DOUBLE,
                start_date DATE NOT NULL,
                end_date DATE NOT NULL,
                where_name VARCHAR,
                where_country VARCHAR,
                where_lat DOUBLE,
                where_lon DOUBLE,
                num_mentions INTEGER NOT NULL,
                num_articles INTEGER NOT NULL,
                num_sources INTEGER NOT NULL,
                first_event_id VARCHAR NOT NULL)""";
    static final String STORY_EVENTS = """
            CREATE TABLE IF NOT EXISTS story_events (
                story_id VARCHAR NOT NULL,
                event_id VARCHAR NOT NULL,
                article_key VARCHAR NOT NULL)""";

    private StoryTable() {}

    /** Rebuilds the story tables of {@code store} from its events; answers how many stories there are. */
    public static int rebuild(EventStore store) throws StoreException {
        DuckDBConnection connection = (DuckDBConnection) store.connection();
        try {
            List<Story> stories = StoryClusters.of(mentions(connection, ""));
            stage(connection, stories);
            try (Statement s = connection.createStatement()) {
                s.execute("DELETE FROM story_events");
                s.execute("DELETE FROM stories");
                moveStaged(s);
            }
            connection.commit();
            return stories.size();
        } catch (SQLException | RuntimeException e) {
            throw failed(connection, e);
        }
    }

    /**
     * Groups the events that are in no story yet (those a run stored, or a killed run left),
     * regrouping the dyads and CAMEO roots they belong to, in one transaction; answers how many
     * stories were made or remade. The table ends as {@link #rebuild} would leave it.
     */
    public static int update(EventStore store) throws StoreException {
        DuckDBConnection connection = (DuckDBConnection) store.connection();
        try {
            List<StoryMention> fresh = mentions(connection, UNGROUPED);
            if (fresh.isEmpty()) {
                return 0;
            }
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TEMP TABLE IF NOT EXISTS touched (a VARCHAR, b VARCHAR, root VARCHAR)");
                s.execute("DELETE FROM temp.touched");
            }
            try (DuckDBAppender t = connection.createAppender("temp", "main", "touched")) {
                for (StoryMention m : fresh) {
                    boolean ordered = m.source().compareTo(m.target()) <= 0;
                    t.beginRow();
                    t.append(ordered ? m.source() : m.target());
                    t.append(ordered ? m.target() : m.source());
                    t.append(m.cameoRoot());
                    t.endRow();
                }
            }
            List<Story> stories = StoryClusters.of(mentions(connection, TOUCHED));
            stage(connection, stories);
            try (Statement s = connection.createStatement()) {
                s.execute("DELETE FROM stories WHERE story_id IN (SELECT story_id FROM story_events WHERE event_id IN "
                        + "(SELECT event_id FROM temp.stage_story_events))");
                s.execute("DELETE FROM story_events WHERE event_id IN (SELECT event_id FROM temp.stage_story_events)");
                moveStaged(s);
                s.execute("DELETE FROM temp.touched");
            }
            connection.commit();
            return stories.size();
        } catch (SQLException | RuntimeException e) {
            throw failed(connection, e);
        }
    }

    /** Events in no story yet. */
    private static final String UNGROUPED =
            "AND NOT EXISTS (SELECT 1 FROM story_events se WHERE se.event_id = e.event_id)";

    /** Every event of a dyad (either way round) and root that {@code temp.touched} names: whole groups. */
    private static final String TOUCHED = """
            AND EXISTS (SELECT 1 FROM temp.touched t WHERE t.root = e.cameo_root
                AND t.a = least(coalesce(e.source_code, ''), coalesce(e.target_code, ''))
                AND t.b = greatest(coalesce(e.source_code, ''), coalesce(e.target_code, '')))""";

    /** Appends {@code stories} to this connection's staging tables, emptied first. */
    private static void stage(DuckDBConnection connection, List<Story> stories) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS stage_stories AS SELECT * FROM stories LIMIT 0");
            s.execute("CREATE TEMP TABLE IF NOT EXISTS stage_story_events AS SELECT * FROM story_events LIMIT 0");
            s.execute("DELETE FROM temp.stage_stories");
            s.execute("DELETE FROM temp.stage_story_events");
        }
        try (DuckDBAppender a = connection.createAppender("temp", "main", "stage_stories");
                DuckDBAppender l = connection.createAppender("temp", "main", "stage_story_events")) {
            for (Story story : stories) {
                append(a, l, story);
            }
        }
    }

    /** The appender commits what it flushes on its own: staged rows move in with the caller's one commit. */
    private static void moveStaged(Statement s) throws SQLException {
        s.execute("INSERT INTO stories SELECT * FROM temp.stage_stories");
        s.execute("INSERT INTO story_events SELECT * FROM temp.stage_story_events");
        s.execute("DELETE FROM temp.stage_stories");
        s.execute("DELETE FROM temp.stage_story_events");
    }

    private static StoreException failed(DuckDBConnection connection, Exception e) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the first failure is the one to report
        }
        return new StoreException("cannot group the story events: " + StoreException.firstLine(e), e);
    }

    private static List<StoryMention> mentions(Connection connection, String where) throws SQLException {
        String sql = """
                SELECT e.event_id, e.article_key, a.publisher, coalesce(e.source_code, ''), coalesce(e.target_code, ''),
                       e.cameo_root, e.cameo, e.quad_class, e.goldstein,
                       coalesce(e.when_start, e.published), coalesce(e.when_end, e.when_start, e.published),
                       e.where_name, e.where_country, e.where_lat, e.where_lon,
                       coalesce(CAST(json_extract(e.json, '$.symmetric') AS BOOLEAN), false)
                FROM events e JOIN articles a ON a.article_key = e.article_key
                WHERE coalesce(e.when_start, e.published) IS NOT NULL
                """ + where;
        List<StoryMention> out = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                LocalDate start = rs.getDate(10).toLocalDate();
                LocalDate end = rs.getDate(11).toLocalDate();
                Optional<double[]> point = rs.getObject(14) == null || rs.getObject(15) == null
                        ? Optional.empty()
                        : Optional.of(new double[] {rs.getDouble(14), rs.getDouble(15)});
                out.add(new StoryMention(
                        rs.getString(1),
                        rs.getString(2),
                        Optional.ofNullable(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBoolean(16),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getInt(8),
                        rs.getDouble(9),
                        start,
                        end.isBefore(start) ? start : end,
                        Optional.ofNullable(rs.getString(12)),
                        Optional.ofNullable(rs.getString(13)),
                        point));
            }
        }
        return out;
    }

    private static void append(DuckDBAppender a, DuckDBAppender l, Story story) throws SQLException {
        StoryMention first = story.first();
        Optional<StoryMention> placed = story.placed();
        a.beginRow();
        a.append(story.storyId());
        nullable(a, first.source());
        nullable(a, first.target());
        a.append(first.symmetric());
        a.append(story.cameo());
        a.append(first.cameoRoot());
        a.append(first.quadClass());
        a.append(story.meanGoldstein());
        a.append(story.start());
        a.append(story.end());
        nullable(a, placed.flatMap(StoryMention::whereName).orElse(""));
        nullable(a, placed.flatMap(StoryMention::whereCountry).orElse(""));
        Optional<double[]> point = placed.flatMap(StoryMention::point);
        if (point.isPresent()) {
            a.append(point.get()[0]);
            a.append(point.get()[1]);
        } else {
            a.appendNull();
            a.appendNull();
        }
        a.append(story.numMentions());
        a.append(story.numArticles());
        a.append(story.numSources());
        a.append(first.eventId());
        a.endRow();
        for (StoryMention m : story.mentions()) {
            l.beginRow();
            l.append(story.storyId());
            l.append(m.eventId());
            l.append(m.articleKey());
            l.endRow();
        }
    }

    private static void nullable(DuckDBAppender a, String value) throws SQLException {
        if (value.isEmpty()) {
            a.appendNull();
        } else {
            a.append(value);
        }
    }
}
