package org.dyad.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an event happened, as resolved against a gazetteer: the words of the text that name it
 * and their character span in the article (when known), and the gazetteer's place.
 */
public record Place(
        String text,
        String name,
        Optional<String> country,
        Optional<String> admin1,
        double lat,
        double lon,
        String feature,
        String gazetteerId,
        Optional<Span> chars) {
    public Place {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(admin1, "admin1");
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(gazetteerId, "gazetteerId");
        Objects.requireNonNull(chars, "chars");
    }

    /** A place whose words' position in the article is not known. */
    public Place(
            String text,
            String name,
            Optional<String> country,
            Optional<String> admin1,
            double lat,
            double lon,
            String feature,
            String gazetteerId) {
        this(text, name, country, admin1, lat, lon, feature, gazetteerId, Optional.empty());
    }
}
