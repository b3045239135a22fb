package org.dyad.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dyad.analysis.DateRange;
import org.dyad.analysis.Dyad;
import org.dyad.analysis.DyadEvent;
import org.dyad.analysis.Timeline;
import org.dyad.analysis.TimelineRow;
import org.dyad.store.SourceQueries;
import org.dyad.store.SourceSummary;
import org.dyad.store.StoreException;

/**
 * The store's sources of events (dyad's own and the datasets {@code dyad import} loaded) and their
 * timelines of a dyad beside dyad's own, for {@code GET /api/v1/timeline?sources=...}.
 */
final class SourceRoutes {
    /** The most sources one timeline sets side by side: more lines than this no chart keeps readable. */
    static final int MAX_SOURCES = 5;

    private final StoreAccess store;

    SourceRoutes(StoreAccess store) {
        this.store = store;
    }

    void install(Javalin app) {
        app.get("/api/v1/sources", this::sources);
    }

    private void sources(Context ctx) throws StoreException {
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("sources");
        for (SourceSummary s : store.sources()) {
            ObjectNode source = list.addObject()
                    .put("name", s.name())
                    .put("imported", !s.name().equals(SourceQueries.OWN))
                    .put("events", s.events());
            Json.put(source, "first_date", s.first().map(Object::toString).orElse(null));
            Json.put(source, "last_date", s.last().map(Object::toString).orElse(null));
        }
        Json.send(ctx, out);
    }

    /**
     * The imported sources the {@code sources} parameter names (comma-separated, at most
     * {@value #MAX_SOURCES}), in its order; null when it is absent. Dyad's own events are always in
     * the answer, so naming them ({@value SourceQueries#OWN}) adds no source. A name the store does
     * not have is a 400 that names it and the sources there are.
     */
    Optional<List<String>> requested(Context ctx) throws StoreException {
        Optional<String> value = Params.text(ctx, "sources");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = Arrays.stream(value.get().split(","))
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .distinct()
                .toList();
        if (names.isEmpty()) {
            throw ApiError.badRequest("sources: name one or more sources, comma-separated, such as dyad,icews");
        }
        if (names.size() > MAX_SOURCES) {
            throw ApiError.badRequest("sources: at most " + MAX_SOURCES + " sources at once, not " + names.size());
        }
        List<String> known = store.sources().stream().map(SourceSummary::name).toList();
        for (String name : names) {
            if (!known.contains(name)) {
                throw ApiError.badRequest("sources: no source '" + EventRoutes.clip(name) + "' in this store (there is "
                        + String.join(", ", known) + ")");
            }
        }
        return Optional.of(
                names.stream().filter(n -> !n.equals(SourceQueries.OWN)).toList());
    }

    /** One source's timeline of the dyad, and how many events of the dyad it holds over all dates. */
    record Series(String name, Timeline timeline, int dyadTotal) {}

    /** Dyad's own timeline and the other sources', all over the same periods, row for row. */
    record SideBySide(Timeline own, List<Series> others) {}

    /**
     * The timelines of {@code names} for the dyad of {@code own}, over the days {@code range} lets
     * through, with {@code own}'s: each widened to run from the first period with an event of any
     * of them to the last, so that every source's row i is the same period. Imported events are
     * matched to the dyad as {@code dyad timeline --source} matches them ({@link StoreAccess#imported}).
     */
    SideBySide sideBySide(List<String> names, Timeline own, DateRange range, StoreAccess.Level level)
            throws StoreException {
        Dyad dyad = own.dyad();
        List<Series> others = new ArrayList<>();
        for (String name : names) {
            List<DyadEvent> events = store.imported(name, dyad, level).stream()
                    .filter(dyad::contains)
                    .toList();
            List<DyadEvent> shown =
                    events.stream().filter(e -> range.contains(e.date())).toList();
            others.add(new Series(name, Timeline.of(shown, dyad, own.period()), events.size()));
        }
        List<Timeline> all = new ArrayList<>(List.of(own));
        others.forEach(s -> all.add(s.timeline()));
        Optional<LocalDate> first = all.stream()
                .filter(t -> !t.rows().isEmpty())
                .map(t -> t.rows().get(0).start())
                .min(LocalDate::compareTo);
        Optional<LocalDate> last = all.stream()
                .filter(t -> !t.rows().isEmpty())
                .map(t -> t.rows().get(t.rows().size() - 1))
                .map(TimelineRow::start)
                .max(LocalDate::compareTo);
        if (first.isEmpty()) {
            return new SideBySide(own, others);
        }
        return new SideBySide(
                own.widened(first.get(), last.get()),
                others.stream()
                        .map(s -> new Series(s.name(), s.timeline().widened(first.get(), last.get()), s.dyadTotal()))
                        .toList());
    }

    /** The other sources as the timeline answer gives them. */
    static ArrayNode json(List<Series> others) {
        ArrayNode out = Json.array();
        for (Series s : others) {
            ObjectNode source = out.addObject();
            source.put("name", s.name());
            source.put("total", s.timeline().total());
            source.put("dyad_total", s.dyadTotal());
            source.set("rows", TimelineJson.rows(s.timeline()));
        }
        return out;
    }
}
