package org.dyad.model;

import java.util.Objects;
import java.util.Optional;

/** Where an event happened, as resolved against a gazetteer. */
public record Place(String text, String name, Optional<String> country, Optional<String> admin1,
                    double lat, double lon, String feature, String gazetteerId) {
    public Place {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(admin1, "admin1");
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(gazetteerId, "gazetteerId");
    }
}
