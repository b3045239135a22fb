package org.dyad.eval.places;

import java.util.List;
import java.util.Objects;
import org.dyad.model.Span;

/**
 * One sentence of an event-location gold file: its id and text, the spans of the annotated event
 * verb and of the locations the annotator attached to it (none where the annotator found none),
 * as Java string indexes into {@code text}, and the line it came from.
 */
public record PlaceGoldRecord(String id, String text, List<Span> verbs, List<Span> locations, int line) {
    public PlaceGoldRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        verbs = List.copyOf(verbs);
        locations = List.copyOf(locations);
        if (verbs.isEmpty()) {
            throw new IllegalArgumentException("record " + id + " has no verb");
        }
    }

    public boolean hasLocation() {
        return !locations.isEmpty();
    }
}
