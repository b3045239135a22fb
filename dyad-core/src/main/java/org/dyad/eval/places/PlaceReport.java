package org.dyad.eval.places;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dyad.model.Place;

/**
 * The outcome of every gold record: how many of those with an event at the gold verb got the
 * place right (overall, and apart for records with and without a gold location), and how many
 * gold verbs got no event.
 */
public record PlaceReport(List<Result> results) {
    /** One record's outcome and the place dyad gave its event, if any. */
    public record Result(PlaceGoldRecord gold, PlaceOutcome outcome, Optional<Place> place) {
        public Result {
            Objects.requireNonNull(gold, "gold");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(place, "place");
        }
    }

    public PlaceReport {
        results = List.copyOf(results);
    }

    public Map<PlaceOutcome, Integer> counts() {
        Map<PlaceOutcome, Integer> out = new EnumMap<>(PlaceOutcome.class);
        for (PlaceOutcome o : PlaceOutcome.values()) {
            out.put(o, 0);
        }
        results.forEach(r -> out.merge(r.outcome(), 1, Integer::sum));
        return out;
    }

    public int records() {
        return results.size();
    }

    /** Records with an event at the gold verb: the ones scored. */
    public int scored() {
        return records() - count(PlaceOutcome.NO_EVENT);
    }

    public int right() {
        return count(PlaceOutcome.RIGHT_PLACE) + count(PlaceOutcome.RIGHT_NONE);
    }

    /** Scored records whose gold has a location. */
    public int scoredWithLocation() {
        return (int) results.stream()
                .filter(r -> r.outcome() != PlaceOutcome.NO_EVENT && r.gold().hasLocation())
                .count();
    }

    public int count(PlaceOutcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** The share of scored records placed right, 0 when none is scored. */
    public double accuracy() {
        return scored() == 0 ? 0 : (double) right() / scored();
    }

    /** The summary line: {@code places: right X/Y (Z%) ...; no event at N of M gold verbs}. */
    public String summaryLine() {
        int withLocation = scoredWithLocation();
        int withoutLocation = scored() - withLocation;
        return String.format(
                java.util.Locale.ROOT,
                "places: right %d/%d (%.1f%%) of the events at gold verbs; gold location found %d/%d, "
                        + "no place where the gold has none %d/%d; no event at %d of %d gold verbs",
                right(),
                scored(),
                100 * accuracy(),
                count(PlaceOutcome.RIGHT_PLACE),
                withLocation,
                count(PlaceOutcome.RIGHT_NONE),
                withoutLocation,
                count(PlaceOutcome.NO_EVENT),
                records());
    }
}
