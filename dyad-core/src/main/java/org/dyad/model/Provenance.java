package org.dyad.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What produced an event: the dyad version, the NLP models, the versions of the data files, and
 * the language its article was read as.
 */
public record Provenance(
        String dyadVersion, String nlp, Map<String, String> dictionaries, Optional<ArticleLanguage> language) {
    public Provenance {
        Objects.requireNonNull(dyadVersion, "dyadVersion");
        Objects.requireNonNull(nlp, "nlp");
        dictionaries = Map.copyOf(dictionaries);
        Objects.requireNonNull(language, "language");
    }

    /** A run's provenance, before any article's language is known. */
    public Provenance(String dyadVersion, String nlp, Map<String, String> dictionaries) {
        this(dyadVersion, nlp, dictionaries, Optional.empty());
    }

    public Provenance withLanguage(ArticleLanguage articleLanguage) {
        return new Provenance(dyadVersion, nlp, dictionaries, Optional.of(articleLanguage));
    }
}
