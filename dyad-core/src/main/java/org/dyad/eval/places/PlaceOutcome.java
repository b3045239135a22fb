package org.dyad.eval.places;

/** How dyad placed the event of one gold record. */
public enum PlaceOutcome {
    /** The place's words overlap a gold location. */
    RIGHT_PLACE("right place"),
    /** Neither the gold nor dyad places the event. */
    RIGHT_NONE("right: no place"),
    /** dyad placed the event at words that are none of the gold's locations. */
    WRONG_PLACE("wrong place"),
    /** The gold has a location, dyad placed the event nowhere. */
    MISSED_PLACE("place missed"),
    /** The gold has no location, dyad gave one. */
    EXTRA_PLACE("place where the gold has none"),
    /** No event of dyad's has a trigger overlapping the gold verb: not scored. */
    NO_EVENT("no event at the gold verb");

    private final String label;

    PlaceOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean right() {
        return this == RIGHT_PLACE || this == RIGHT_NONE;
    }
}
