package org.dyad.spark;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;
import org.dyad.pipeline.ParallelCoder;

/**
 * The job's middle table: one row per input record, the article (as {@code dyad.article/1} has
 * it), how coding went, and its events nested as {@link EventTable} rows. The events output is
 * the exploded {@code events} column; the article table is the rest.
 */
public final class CodedArticleTable {

    /** The column holding the nested events. */
    public static final String EVENTS = "events";

    /** The article table's columns: what {@code dyad.article/1} holds plus how coding went. */
    public static final StructType ARTICLE_SCHEMA = new StructType()
            .add("article_id", DataTypes.StringType)
            .add("origin", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("published", DataTypes.DateType)
            .add("url", DataTypes.StringType)
            .add("publisher", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("language", DataTypes.StringType)
            .add("event_count", DataTypes.IntegerType)
            .add("failure", DataTypes.StringType)
            .add("diagnostics", DataTypes.createArrayType(DataTypes.StringType, false), false);

    /** The article table with each article's events in {@link #EVENTS}. */
    public static final StructType SCHEMA =
            ARTICLE_SCHEMA.add(EVENTS, DataTypes.createArrayType(EventTable.SCHEMA, false), false);

    private CodedArticleTable() {}

    /** The row of one coded (or failed) article. */
    static Row row(ParallelCoder.Outcome outcome, List<Diagnostic> readDiagnostics) {
        Article a = outcome.article();
        List<Row> events = outcome.coded()
                .map(c -> c.events().stream()
                        .map(e -> EventTable.row(e, a.text()))
                        .toList())
                .orElse(List.of());
        List<String> diagnostics = java.util.stream.Stream.concat(
                        readDiagnostics.stream(), outcome.diagnostics().stream())
                .map(Diagnostic::toString)
                .toList();
        return RowFactory.create(
                a.id(),
                a.origin(),
                a.text(),
                a.published().map(Date::valueOf).orElse(null),
                a.url().orElse(null),
                a.publisher().orElse(null),
                a.title().orElse(null),
                a.language().orElse(null),
                events.size(),
                outcome.failure().orElse(null),
                EventTable.seq(diagnostics),
                EventTable.seq(events));
    }

    /** The row of an input record that held no readable article: only why. */
    static Row unreadable(String origin, List<Diagnostic> diagnostics) {
        List<String> why = diagnostics.stream().map(Diagnostic::toString).toList();
        return RowFactory.create(
                null,
                origin,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                why.isEmpty() ? "no article" : String.join("; ", why),
                EventTable.seq(why),
                EventTable.seq(List.of()));
    }
}
