package org.dyad.store;

import java.util.Objects;
import java.util.Optional;

/** One party of an imported event as its dataset names it: name, actor code, ISO 3166 alpha-3 country. */
public record ImportedActor(Optional<String> name, Optional<String> code, Optional<String> country) {
    public static final ImportedActor NONE = new ImportedActor(Optional.empty(), Optional.empty(), Optional.empty());

    public ImportedActor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(country, "country");
    }
}
