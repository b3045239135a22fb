package org.dyad.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article of a gold file: its id (the {@code article_id} of its coded events; a gold file
 * of one article without an id scores every event of the run), its hand-coded events, and the
 * sentence fragments that must give no event (page boilerplate, descriptions).
 */
public record GoldArticle(Optional<String> id, List<GoldEvent> events, List<String> notEvents) {

    public GoldArticle {
        Objects.requireNonNull(id, "id");
        events = List.copyOf(events);
        notEvents = List.copyOf(notEvents);
    }
}
