package org.dyad.store;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/** Where an imported event happened, as its dataset says: a name, an ISO 3166 alpha-3 country, a point. */
public record ImportedPlace(Optional<String> name, Optional<String> country, OptionalDouble lat, OptionalDouble lon) {
    public static final ImportedPlace NONE =
            new ImportedPlace(Optional.empty(), Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty());

    public ImportedPlace {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(lat, "lat");
        Objects.requireNonNull(lon, "lon");
        if (lat.isPresent() && !(lat.getAsDouble() >= -90 && lat.getAsDouble() <= 90)) {
            throw new IllegalArgumentException("latitude " + lat.getAsDouble() + " is off the globe");
        }
        if (lon.isPresent() && !(lon.getAsDouble() >= -180 && lon.getAsDouble() <= 180)) {
            throw new IllegalArgumentException("longitude " + lon.getAsDouble() + " is off the globe");
        }
    }
}
