package org.dyad.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The country a story is about: the one its mentions name at least twice as often as any other.
 * Only the countries the mentions give themselves count, not one the story gave them. An article
 * that no country dominates has none.
 */
public final class StoryCountry {
    /** How the evidence of a country the article gave an actor begins ("country of the article: ISR"). */
    public static final String EVIDENCE = ActorMention.STORY_COUNTRY + "article: ";

    /** The country part of an actor's code when no one knows its country: PETRARCH's "---" ("---OPP"). */
    public static final String UNKNOWN = "---";

    private StoryCountry() {}

    public static Optional<String> of(Iterable<ActorMention> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        for (ActorMention m : mentions) {
            if (!m.storyCountry()) {
                m.actor().country().ifPresent(c -> counts.merge(c, 1, Integer::sum));
            }
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int n = e.getValue();
            if (n > first || (n == first && best != null && e.getKey().compareTo(best) < 0)) {
                second = Math.max(second, first);
                first = n;
                best = e.getKey();
            } else {
                second = Math.max(second, n);
            }
        }
        return best != null && first >= 2 * second ? Optional.of(best) : Optional.empty();
    }
}
