package org.dyad.places;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One place of the gazetteer: a stable id naming its source ("geonames:170017", "ourairports:OSDI",
 * "countries:SYR"), its kind, display name and alternate names, ISO 3166-1 alpha-3 country, the
 * first-level region it lies in, a representative point and its population (0 when unknown).
 */
public record PlaceEntry(
        String id,
        PlaceFeature feature,
        String name,
        List<String> altNames,
        String country,
        Optional<String> admin1,
        double lat,
        double lon,
        long population) {
    public PlaceEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(admin1, "admin1");
        altNames = List.copyOf(altNames);
        if (!country.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("place " + id + " has country '" + country + "', not ISO alpha-3");
        }
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("place " + id + " has position " + lat + "," + lon + " off the globe");
        }
        if (population < 0) {
            throw new IllegalArgumentException("place " + id + " has a negative population");
        }
    }
}
