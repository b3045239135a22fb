package org.dyad.places;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dyad.places.PlaceNames.Designation;

/**
 * A phrase of a sentence that may name where an event happened: the tokens of the name ("Hama
 * Province", "Samarra" of "the town of Samarra"), what a designator outside them said ("town"),
 * the tokens of names set beside it ("central Syria" in "Homs, central Syria") or owning it
 * ("Syria" in "Syria's Aleppo province"), and whether the name may stand for a party rather than
 * a place: the event's object ("shelled Aleppo") or a name modifying a common noun ("a Sofia
 * restaurant", "a U.S. patrol"). Such a name is a place only as a town, a region or a site that
 * no actor of the sentence claims: a country there is a party or a nationality.
 */
public record PlacePhrase(
        int head,
        List<Integer> tokens,
        Optional<Designation> designation,
        List<List<Integer>> besides,
        boolean mayNameParty) {
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
