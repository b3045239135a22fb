package org.dyad.actors;

import java.util.List;
import java.util.Objects;

/**
 * One country or territory of the country table: ISO 3166-1 alpha-3 code, common name, demonyms,
 * capitals and alternative names in the table's language (English, or Spanish for the Spanish
 * table), and a representative point.
 */
public record Country(
        String iso3,
        String name,
        List<String> demonyms,
        List<String> capitals,
        List<String> altNames,
        double lat,
        double lon) {

    public Country {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(name, "name");
        demonyms = List.copyOf(demonyms);
        capitals = List.copyOf(capitals);
        altNames = List.copyOf(altNames);
        if (!iso3.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("country code '" + iso3 + "' is not three upper-case letters");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("country " + iso3 + " has a blank name");
        }
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException(
                    "country " + iso3 + " has position " + lat + "," + lon + " off the globe");
        }
    }
}
