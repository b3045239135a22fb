package org.dyad.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.analysis.DateRange;
import org.dyad.store.PlaceFilter;
import org.dyad.store.PlaceQueries;
import org.dyad.store.StoreException;

/** The API's map: where matching events happened, counted in bins over all of them. */
final class PlaceRoutes {
    /** The most bins one answer holds; a world map of more circles than this is no clearer. */
    static final int MAX_BINS = 5000;

    private final StoreAccess store;

    PlaceRoutes(StoreAccess store) {
        this.store = store;
    }

    void install(Javalin app) {
        app.get("/api/v1/places", this::places);
    }

    private void places(Context ctx) throws StoreException {
        Optional<Integer> quad = Params.text(ctx, "quad").isPresent()
                ? Optional.of(Params.integer(ctx, "quad", 0, 1, 4))
                : Optional.empty();
        Optional<String> code = Params.text(ctx, "code");
        code.ifPresent(c -> {
            if (!c.matches("\\d{2,4}")) {
                throw ApiError.badRequest("code: '" + c + "' is not a CAMEO code or its start, like 19 or 190");
            }
        });
        int precision = Params.integer(ctx, "precision", 1, 0, PlaceQueries.MAX_PRECISION);
        int bins = Params.integer(ctx, "bins", 1000, 1, MAX_BINS);
        DateRange range = AnalysisRoutes.range(ctx);
        PlaceFilter filter = new PlaceFilter(
                Params.text(ctx, "a").map(a -> a.toUpperCase(Locale.ROOT)),
                Params.text(ctx, "b").map(b -> b.toUpperCase(Locale.ROOT)),
                quad,
                code,
                range.from(),
                range.to());
        PlaceQueries.Places places = store.places(filter, precision, bins);
        ObjectNode out = Json.object();
        out.put("matching", places.matching());
        out.put("placed", places.placed());
        out.put("bins_total", places.binCount());
        out.put("precision", precision);
        ArrayNode rows = out.putArray("bins");
        List<String> columns = places.bins().columns();
        for (List<Object> row : places.bins().rows()) {
            ObjectNode bin = rows.addObject();
            for (int i = 0; i < columns.size(); i++) {
                Json.put(bin, columns.get(i), row.get(i));
            }
        }
        Json.send(ctx, out);
    }
}
