package org.dyad.model;

import java.util.Map;
import java.util.Objects;

/** What produced an event: the dyad version, the NLP models and the versions of the data files. */
public record Provenance(String dyadVersion, String nlp, Map<String, String> dictionaries) {
    public Provenance {
        Objects.requireNonNull(dyadVersion, "dyadVersion");
        Objects.requireNonNull(nlp, "nlp");
        dictionaries = Map.copyOf(dictionaries);
    }
}
