package org.dyad.places;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dyad.places.PlaceNames.Designation;

/**
 * A phrase of a sentence that may name where an event happened: the tokens of the name ("Hama
 * Province", "Samarra" of "the town of Samarra"), what a designator outside them said ("town"),
 * the tokens of names set beside it ("central Syria" in "Homs, central Syria"), and whether it
 * is the event's object rather than a locative phrase ("shelled Aleppo"), which only a town, a
 * region or a site can be: a country there is a party, not a place.
 */
public record PlacePhrase(int head, List<Integer> tokens, Optional<Designation> designation,
                          List<List<Integer>> besides, boolean object) {
    public PlacePhrase {
        tokens = List.copyOf(tokens);
        Objects.requireNonNull(designation, "designation");
        besides = besides.stream().map(List::copyOf).toList();
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a place phrase needs at least one token");
        }
    }

    public int first() {
        return tokens.get(0);
    }

    public int last() {
        return tokens.get(tokens.size() - 1);
    }
}
