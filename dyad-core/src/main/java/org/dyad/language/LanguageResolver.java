package org.dyad.language;

import java.util.Objects;
import java.util.Optional;
import org.dyad.model.Article;
import org.dyad.model.ArticleLanguage;

/**
 * The language each article is read as: the one the user forced, else the one the input gives,
 * else the one detected in its text; English when the text has nothing to tell by. The
 * detector is made the first time an article needs it, so that a run whose input names its
 * languages never loads its models. Thread-safe.
 */
public final class LanguageResolver {
    private final Optional<String> forced;
    private volatile LanguageIdentifier identifier;

    /** Resolves by input and detection. */
    public LanguageResolver() {
        this.forced = Optional.empty();
    }

    /**
     * Resolves every article as {@code forced} (any form {@link LanguageCodes#normalize} reads).
     *
     * @throws IllegalArgumentException when {@code forced} names no language
     */
    public LanguageResolver(String forced) {
        Objects.requireNonNull(forced, "forced");
        this.forced = Optional.of(LanguageCodes.normalize(forced)
                .orElseThrow(() -> new IllegalArgumentException("not a language: " + forced)));
    }

    public ArticleLanguage resolve(Article article) {
        if (forced.isPresent()) {
            return new ArticleLanguage(forced.get(), ArticleLanguage.Basis.FORCED);
        }
        Optional<String> given = article.language().flatMap(LanguageCodes::normalize);
        if (given.isPresent()) {
            return new ArticleLanguage(given.get(), ArticleLanguage.Basis.INPUT);
        }
        String detected = identifier().identify(article.text()).orElse("en");
        return new ArticleLanguage(detected, ArticleLanguage.Basis.DETECTED);
    }

    private LanguageIdentifier identifier() {
        LanguageIdentifier made = identifier;
        if (made == null) {
            synchronized (this) {
                made = identifier;
                if (made == null) {
                    made = new LanguageIdentifier();
                    identifier = made;
                }
            }
        }
        return made;
    }
}
