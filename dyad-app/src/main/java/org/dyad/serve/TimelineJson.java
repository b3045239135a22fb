package org.dyad.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dyad.analysis.Timeline;

/** A timeline's rows as the API gives them, the same for dyad's own events and for every other source. */
final class TimelineJson {
    private TimelineJson() {}

    static ArrayNode rows(Timeline timeline) {
        ArrayNode rows = Json.array();
        timeline.rows().forEach(r -> {
            ObjectNode row = rows.addObject();
            row.put("start", r.start().toString());
            row.put("end", timeline.period().next(r.start()).minusDays(1).toString());
            row.put("label", r.label());
            row.put("verbal_coop", r.counts().verbalCooperation());
            row.put("material_coop", r.counts().materialCooperation());
            row.put("verbal_conflict", r.counts().verbalConflict());
            row.put("material_conflict", r.counts().materialConflict());
            row.put("total", r.total());
            Json.put(
                    row,
                    "mean_goldstein",
                    r.meanGoldstein().isPresent() ? r.meanGoldstein().getAsDouble() : null);
        });
        return rows;
    }
}
