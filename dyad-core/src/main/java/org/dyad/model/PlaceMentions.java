package org.dyad.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The places a sentence names, among its actor mentions: those headed by a place name. Where they
 * are all in one country, the sentence happens there ("Police arrest 29 people following a Central
 * London protest"); a sentence with places of two countries says nothing of where it happens.
 */
public final class PlaceMentions {
    /** Marks the evidence of a country given by the places of the sentence. */
    public static final String EVIDENCE = ActorMention.STORY_COUNTRY + "places the sentence names: ";

    private PlaceMentions() {}

    /**
     * The mentions of {@code sentence} headed by a place name that have a country (implicit ones
     * aside), in text order, if their countries are one; else none.
     */
    public static List<ActorMention> ofOneCountry(Sentence sentence, List<ActorMention> mentions) {
        List<ActorMention> places = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (m.head() < sentence.size()
                    && sentence.token(m.head()).entity() == EntityClass.LOCATION
                    && !m.implicit()
                    && m.actor().country().isPresent()) {
                places.add(m);
            }
        }
        places.sort(Comparator.comparingInt(ActorMention::head));
        boolean one =
                places.stream().map(m -> m.actor().country().get()).distinct().count() == 1;
        return one ? places : List.of();
    }
}
