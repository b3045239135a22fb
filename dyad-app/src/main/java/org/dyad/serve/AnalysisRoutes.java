package org.dyad.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.analysis.ActiveSpan;
import org.dyad.analysis.BalanceReport;
import org.dyad.analysis.ChangePointDetector;
import org.dyad.analysis.DateRange;
import org.dyad.analysis.Dyad;
import org.dyad.analysis.DyadEvent;
import org.dyad.analysis.NetworkView;
import org.dyad.analysis.Period;
import org.dyad.analysis.Shifts;
import org.dyad.analysis.SignedNetwork;
import org.dyad.analysis.StructuralBalance;
import org.dyad.analysis.Timeline;
import org.dyad.store.StoreCounts;
import org.dyad.store.StoreException;

/** The API's summaries and analyses: overview, dyads, actors, timeline, network, balance and shifts. */
final class AnalysisRoutes {
    /** The most actors a network answer holds, also around one actor: more is no picture anyone reads. */
    static final int MAX_ACTORS = 500;

    private final StoreAccess store;
    private final SourceRoutes sources;

    AnalysisRoutes(StoreAccess store, SourceRoutes sources) {
        this.store = store;
        this.sources = sources;
    }

    void install(Javalin app) {
        app.get("/api/v1/overview", this::overview);
        app.get("/api/v1/dyads", this::dyads);
        app.get("/api/v1/actors", this::actors);
        app.get("/api/v1/timeline", this::timeline);
        app.get("/api/v1/network", this::network);
        app.get("/api/v1/balance", this::balance);
        app.get("/api/v1/shifts", this::shifts);
    }

    private void overview(Context ctx) throws StoreException {
        StoreCounts counts = store.counts();
        ObjectNode out = Json.object();
        out.put("articles", counts.articles());
        out.put("failed", counts.failed());
        out.put("copies", counts.copies());
        out.put("events", counts.events());
        ObjectNode range = Json.rows(store.ask((q, b) -> b.dateRange())).path(0).deepCopy();
        out.set("first_date", range.path("first_date"));
        out.set("last_date", range.path("last_date"));
        out.set("top_dyads", Json.rows(store.ask((q, b) -> q.dyads(10))));
        out.set("top_actors", Json.rows(store.ask((q, b) -> b.actors("", 10))));
        Json.send(ctx, out);
    }

    private void dyads(Context ctx) throws StoreException {
        int top = Params.integer(ctx, "top", 20, 1, 1000);
        ObjectNode out = Json.object();
        out.set("dyads", Json.rows(store.ask((q, b) -> q.dyads(top))));
        Json.send(ctx, out);
    }

    private void actors(Context ctx) throws StoreException {
        String query = Params.text(ctx, "q").orElse("");
        int limit = Params.integer(ctx, "limit", 20, 1, 200);
        ObjectNode out = Json.object();
        out.set("actors", Json.rows(store.ask((q, b) -> b.actors(query, limit))));
        Json.send(ctx, out);
    }

    private void timeline(Context ctx) throws StoreException {
        Dyad dyad = dyad(ctx, Params.flag(ctx, "directed"));
        Period period = Period.parse(Params.choice(ctx, "period", "week", "day", "week", "month"));
        boolean active = Params.choice(ctx, "span", "all", "all", "active").equals("active");
        Optional<List<String>> others = sources.requested(ctx);
        List<DyadEvent> all = store.analysisEvents(level(ctx));
        List<LocalDate> dates =
                all.stream().filter(dyad::contains).map(DyadEvent::date).toList();
        Optional<ActiveSpan> span = ActiveSpan.of(dates);
        DateRange range = range(ctx);
        if (active && range.from().isEmpty() && range.to().isEmpty() && span.isPresent()) {
            range = DateRange.between(span.get().from(), span.get().to());
        }
        DateRange shown = range;
        List<DyadEvent> events =
                all.stream().filter(e -> shown.contains(e.date())).toList();
        Timeline timeline = Timeline.of(events, dyad, period);
        ObjectNode out = Json.object();
        out.put("dyad", dyad.label());
        out.put("period", period.name().toLowerCase(Locale.ROOT));
        out.put("total", timeline.total());
        out.put("dyad_total", dates.size());
        Json.put(
                out,
                "first_date",
                dates.stream().min(LocalDate::compareTo).map(Object::toString).orElse(null));
        Json.put(
                out,
                "last_date",
                dates.stream().max(LocalDate::compareTo).map(Object::toString).orElse(null));
        Json.put(out, "from", shown.from().map(Object::toString).orElse(null));
        Json.put(out, "to", shown.to().map(Object::toString).orElse(null));
        if (span.isPresent()) {
            out.putObject("active")
                    .put("from", span.get().from().toString())
                    .put("to", span.get().to().toString())
                    .put("events", span.get().events())
                    .put("total", span.get().total());
        } else {
            out.putNull("active");
        }
        if (others.isPresent()) {
            SourceRoutes.SideBySide side = sources.sideBySide(others.get(), timeline, shown, level(ctx));
            out.set("rows", TimelineJson.rows(side.own()));
            out.set("sources", SourceRoutes.json(side.others()));
        } else {
            out.set("rows", TimelineJson.rows(timeline));
        }
        out.set(
                "shifts",
                shifts(new Shifts(ChangePointDetector.defaults(), Shifts.defaultRates(3), period)
                        .detect(events, Dyad.of(dyad.first(), dyad.second(), false))));
        Json.send(ctx, out);
    }

    private void network(Context ctx) throws StoreException {
        SignedNetwork.Weighting weighting = SignedNetwork.Weighting.valueOf(
                Params.choice(ctx, "weight", "count", "count", "goldstein").toUpperCase(Locale.ROOT));
        int top = Params.integer(ctx, "top", 30, 1, MAX_ACTORS);
        int minEvents = Params.integer(ctx, "min_events", 1, 1, 1_000_000);
        Optional<String> actor = Params.text(ctx, "actor").map(a -> a.toUpperCase(Locale.ROOT));
        SignedNetwork network = SignedNetwork.of(store.analysisEvents(level(ctx)), range(ctx), weighting);
        NetworkView view = actor.isPresent()
                ? NetworkView.around(network, actor.get(), MAX_ACTORS)
                        .orElseThrow(() -> ApiError.notFound(
                                "actor: no ties of " + EventRoutes.clip(actor.get()) + " in this period"))
                : NetworkView.strongest(network, top, minEvents);
        ObjectNode out = Json.object();
        out.put("actors_total", view.totalNodes());
        out.put("ties_total", view.totalEdges());
        Json.put(out, "actor", actor.orElse(null));
        if (actor.isPresent()) {
            out.put(
                    "actor_ties",
                    network.edges().stream()
                            .filter(e -> e.a().equals(actor.get()) || e.b().equals(actor.get()))
                            .count());
        } else {
            out.putNull("actor_ties");
        }
        ArrayNode nodes = out.putArray("nodes");
        view.nodes().forEach(n -> nodes.addObject().put("actor", n.actor()).put("events", n.events()));
        ArrayNode edges = out.putArray("edges");
        view.edges()
                .forEach(e -> edges.addObject()
                        .put("a", e.a())
                        .put("b", e.b())
                        .put("count", e.count())
                        .put("goldstein_sum", e.goldsteinSum())
                        .put("mean_goldstein", e.meanGoldstein())
                        .put("sign", e.sign())
                        .put("weight", e.weight()));
        Json.send(ctx, out);
    }

    private void balance(Context ctx) throws StoreException {
        int top = Params.integer(ctx, "top", 20, 1, 1000);
        SignedNetwork network =
                SignedNetwork.of(store.analysisEvents(level(ctx)), range(ctx), SignedNetwork.Weighting.GOLDSTEIN);
        BalanceReport report = StructuralBalance.of(network);
        ObjectNode out = Json.object();
        out.put("triads", report.triads());
        out.put("balanced_triads", report.balancedTriads());
        Json.put(
                out,
                "balanced_share",
                report.balancedShare().isPresent() ? report.balancedShare().getAsDouble() : null);
        Json.put(
                out,
                "weighted_balanced_share",
                report.weightedBalancedShare().isPresent()
                        ? report.weightedBalancedShare().getAsDouble()
                        : null);
        ArrayNode triads = out.putArray("unbalanced");
        report.unbalanced().stream()
                .limit(top)
                .forEach(t -> triads.addObject()
                        .put("a", t.a())
                        .put("b", t.b())
                        .put("c", t.c())
                        .put("label", t.label())
                        .put("weight", t.weight()));
        Json.send(ctx, out);
    }

    private void shifts(Context ctx) throws StoreException {
        int minWeeks = Params.integer(ctx, "min_weeks", 3, 1, 52);
        Shifts shifts = new Shifts(new ChangePointDetector(minWeeks, 999, 0.01, 20191105L));
        List<DyadEvent> events = inRange(ctx, store.analysisEvents(level(ctx)));
        boolean pair =
                Params.text(ctx, "a").isPresent() || Params.text(ctx, "b").isPresent();
        ObjectNode out = Json.object();
        out.set("shifts", shifts(pair ? shifts.detect(events, dyad(ctx, false)) : shifts.detectAll(events, false)));
        Json.send(ctx, out);
    }

    private static ArrayNode shifts(List<org.dyad.analysis.Shift> found) {
        ArrayNode out = Json.array();
        for (org.dyad.analysis.Shift s : found) {
            ObjectNode shift = out.addObject()
                    .put("dyad", s.dyad().label())
                    .put("measure", s.measure().name().toLowerCase(Locale.ROOT))
                    .put("period", s.period().name().toLowerCase(Locale.ROOT))
                    .put("around", s.around().toString())
                    .put("last_period_before", s.lastBefore().toString())
                    .put("last_week_before", s.lastBefore().toString())
                    .put("from_mean", s.fromMean())
                    .put("to_mean", s.toMean())
                    .put("confidence", s.confidence())
                    .put("description", s.describe());
            ArrayNode evidence = shift.putArray("evidence");
            s.evidence().forEach(evidence::add);
        }
        return out;
    }

    private static Dyad dyad(Context ctx, boolean directed) {
        String a = Params.required(ctx, "a").toUpperCase(Locale.ROOT);
        String b = Params.required(ctx, "b").toUpperCase(Locale.ROOT);
        return Dyad.of(a, b, directed);
    }

    private static StoreAccess.Level level(Context ctx) {
        return StoreAccess.Level.valueOf(
                Params.choice(ctx, "level", "country", "country", "code").toUpperCase(Locale.ROOT));
    }

    static DateRange range(Context ctx) {
        Optional<LocalDate> from = Params.date(ctx, "from");
        Optional<LocalDate> to = Params.date(ctx, "to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw ApiError.badRequest("to " + to.get() + " is before from " + from.get());
        }
        return new DateRange(from, to);
    }

    private static List<DyadEvent> inRange(Context ctx, List<DyadEvent> events) {
        DateRange range = range(ctx);
        return events.stream().filter(e -> range.contains(e.date())).toList();
    }
}
