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
 * event records behind it), rebuilt from all stored events in one transaction: stories are a
 * function of the events, so a rebuild after any run (or a killed one) gives the same table.
 * An event with no date at all (no time in the text and an undated article) is in no story.
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
            List<Story> stories = StoryClusters.of(mentions(connection));
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
            // The appender commits what it flushes on its own: staged rows move in with one commit.
            try (Statement s = connection.createStatement()) {
                s.execute("DELETE FROM story_events");
                s.execute("DELETE FROM stories");
                s.execute("INSERT INTO stories SELECT * FROM temp.stage_stories");
                s.execute("INSERT INTO story_events SELECT * FROM temp.stage_story_events");
                s.execute("DELETE FROM temp.stage_stories");
                s.execute("DELETE FROM temp.stage_story_events");
            }
            connection.commit();
            return stories.size();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the first failure is the one to report
            }
            throw new StoreException("cannot rebuild the story events: " + StoreException.firstLine(e), e);
        }
    }

    private static List<StoryMention> mentions(Connection connection) throws SQLException {
        String sql = """
                SELECT e.event_id, e.article_key, a.publisher, coalesce(e.source_code, ''), coalesce(e.target_code, ''),
                       e.cameo_root, e.cameo, e.quad_class, e.goldstein,
                       coalesce(e.when_start, e.published), coalesce(e.when_end, e.when_start, e.published),
                       e.where_name, e.where_country, e.where_lat, e.where_lon,
                       coalesce(CAST(json_extract(e.json, '$.symmetric') AS BOOLEAN), false)
                FROM events e JOIN articles a ON a.article_key = e.article_key
                WHERE coalesce(e.when_start, e.published) IS NOT NULL""";
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
