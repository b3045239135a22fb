package org.dyad.spark;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.format.CodePoints;
import org.dyad.format.EventJsonWriter;
import org.dyad.model.ActorMention;
import org.dyad.model.Attribution;
import org.dyad.model.Event;
import org.dyad.model.Place;
import org.dyad.model.Plover;

/**
 * The events table: one row per {@code dyad.event/1} record, its fields flattened into columns
 * ({@code source.code} becomes {@code source_code}), and the whole record, as {@code dyad code}
 * writes it, in the {@code json} column. Each column is declared once, with how its value is
 * taken from an event, so the schema and the rows cannot drift apart.
 */
public final class EventTable {

    /** One event with the article-specific mapping of its offsets to code points, as the JSON has them. */
    private record Source(Event event, IntUnaryOperator offsets, String json) {}

    private record Column(String name, DataType type, Function<Source, Object> value) {}

    private static final StructType ATTRIBUTION = new StructType()
            .add("text", DataTypes.StringType)
            .add("kind", DataTypes.StringType)
            .add("code", DataTypes.StringType)
            .add("country", DataTypes.StringType);

    private static final List<Column> COLUMNS = columns();

    /** The Spark schema of the table. */
    public static final StructType SCHEMA = new StructType(COLUMNS.stream()
            .map(c -> new StructField(c.name(), c.type(), true, Metadata.empty()))
            .toArray(StructField[]::new));

    private EventTable() {}

    /** The row of {@code event}, found in an article whose text is {@code articleText}. */
    public static Row row(Event event, String articleText) {
        IntUnaryOperator offsets = CodePoints.offsets(articleText);
        Source source = new Source(event, offsets, EventJsonWriter.toJson(event, offsets));
        return RowFactory.create(
                COLUMNS.stream().map(c -> c.value().apply(source)).toArray());
    }

    private static List<Column> columns() {
        List<Column> c = new ArrayList<>();
        c.add(string("event_id", s -> s.event().eventId()));
        c.add(string("article_id", s -> s.event().articleId()));
        c.add(new Column("sentence_index", DataTypes.IntegerType, s -> s.event().sentenceIndex()));
        c.add(string("sentence", s -> s.event().sentence()));
        c.add(string("trigger_text", s -> s.event().trigger().text()));
        c.add(integer(
                "trigger_start",
                s -> s.offsets().applyAsInt(s.event().trigger().span().start())));
        c.add(integer(
                "trigger_end",
                s -> s.offsets().applyAsInt(s.event().trigger().span().end())));
        actorColumns(c, "source", s -> s.event().source());
        actorColumns(c, "target", s -> s.event().target());
        c.add(new Column("symmetric", DataTypes.BooleanType, s -> s.event().symmetric()));
        codeColumns(c);
        c.add(string("status", s -> s.event().status().wireName()));
        c.add(new Column("negated", DataTypes.BooleanType, s -> s.event().negated()));
        c.add(new Column("attribution", DataTypes.createArrayType(ATTRIBUTION, false), EventTable::attribution));
        c.add(string("when_text", s -> s.event().when().text().orElse(null)));
        c.add(new Column(
                "when_start", DataTypes.DateType, s -> date(s.event().when().start())));
        c.add(new Column(
                "when_end", DataTypes.DateType, s -> date(s.event().when().end())));
        c.add(string("when_granularity", s -> s.event().when().granularity()));
        c.add(string("when_basis", s -> s.event().when().basis().name().toLowerCase(java.util.Locale.ROOT)));
        placeColumns(c);
        c.add(number("confidence", s -> s.event().confidence()));
        c.add(string("rule", s -> s.event().rule()));
        c.add(new Column(
                "entries",
                DataTypes.createArrayType(DataTypes.StringType, false),
                s -> seq(s.event().entries())));
        c.add(string("dyad_version", s -> s.event().provenance().dyadVersion()));
        c.add(string("json", Source::json));
        return List.copyOf(c);
    }

    private static void codeColumns(List<Column> c) {
        c.add(string("cameo", s -> s.event().code().cameo()));
        c.add(string("cameo_root", s -> s.event().code().root()));
        c.add(string("cameo_name", s -> s.event().code().name()));
        c.add(integer("quad_class", s -> s.event().code().quadClass()));
        c.add(number("goldstein", s -> s.event().code().goldstein()));
        c.add(string(
                "plover_type", s -> s.event().code().plover().map(Plover::type).orElse(null)));
        c.add(string(
                "plover_mode",
                s -> s.event().code().plover().flatMap(Plover::mode).orElse(null)));
    }

    private static void actorColumns(List<Column> c, String role, Function<Source, Optional<ActorMention>> actor) {
        c.add(string(role + "_text", s -> actor.apply(s).map(ActorMention::text).orElse(null)));
        c.add(integer(
                role + "_start",
                s -> actor.apply(s)
                        .map(m -> s.offsets().applyAsInt(m.chars().start()))
                        .orElse(null)));
        c.add(integer(
                role + "_end",
                s -> actor.apply(s)
                        .map(m -> s.offsets().applyAsInt(m.chars().end()))
                        .orElse(null)));
        c.add(string(
                role + "_name", s -> actor.apply(s).map(m -> m.actor().name()).orElse(null)));
        c.add(string(
                role + "_code", s -> actor.apply(s).map(m -> m.actor().code()).orElse(null)));
        c.add(string(
                role + "_country",
                s -> actor.apply(s).flatMap(m -> m.actor().country()).orElse(null)));
        c.add(string(
                role + "_agent",
                s -> actor.apply(s).flatMap(m -> m.actor().agent()).orElse(null)));
        c.add(string(
                role + "_patron",
                s -> actor.apply(s).flatMap(m -> m.actor().patron()).orElse(null)));
        c.add(string(
                role + "_kind",
                s -> actor.apply(s).map(m -> m.actor().kind().wireName()).orElse(null)));
    }

    private static void placeColumns(List<Column> c) {
        Function<Source, Optional<Place>> where = s -> s.event().where();
        c.add(string("where_text", s -> where.apply(s).map(Place::text).orElse(null)));
        c.add(string("where_name", s -> where.apply(s).map(Place::name).orElse(null)));
        c.add(string(
                "where_country", s -> where.apply(s).flatMap(Place::country).orElse(null)));
        c.add(string("where_admin1", s -> where.apply(s).flatMap(Place::admin1).orElse(null)));
        c.add(number("where_lat", s -> where.apply(s).map(Place::lat).orElse(Double.NaN)));
        c.add(number("where_lon", s -> where.apply(s).map(Place::lon).orElse(Double.NaN)));
        c.add(string("where_feature", s -> where.apply(s).map(Place::feature).orElse(null)));
        c.add(string(
                "where_gazetteer_id",
                s -> where.apply(s).map(Place::gazetteerId).orElse(null)));
    }

    private static Object attribution(Source s) {
        List<Row> links = new ArrayList<>();
        for (Attribution a : s.event().attribution()) {
            links.add(RowFactory.create(
                    a.text(), a.kind(), a.code().orElse(null), a.country().orElse(null)));
        }
        return seq(links);
    }

    private static Column string(String name, Function<Source, String> value) {
        return new Column(name, DataTypes.StringType, value::apply);
    }

    private static Column integer(String name, Function<Source, Integer> value) {
        return new Column(name, DataTypes.IntegerType, value::apply);
    }

    /** A double column; NaN and infinities, which the JSON writes as null, are null here too. */
    private static Column number(String name, Function<Source, Double> value) {
        return new Column(name, DataTypes.DoubleType, s -> {
            Double d = value.apply(s);
            return d == null || !Double.isFinite(d) ? null : d;
        });
    }

    /** {@code list} as the Scala sequence a Spark row holds for an array column. */
    static scala.collection.immutable.Seq<Object> seq(List<?> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(List.<Object>copyOf(list))
                .toList();
    }

    private static Date date(Optional<LocalDate> day) {
        return day.map(Date::valueOf).orElse(null);
    }
}
