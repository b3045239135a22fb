package org.dyad.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.dyad.model.Article;
import org.dyad.model.ArticleLanguage;
import org.dyad.model.ArticleLanguage.Basis;
import org.junit.jupiter.api.Test;

class LanguageResolverTest {
    private static final String SPANISH =
            "El ejército venezolano desplegó tropas en la frontera con Colombia el lunes.";

    private static Article article(String text, String language) {
        return new Article(
                "a1",
                text,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.ofNullable(language),
                "test");
    }

    @Test
    void theInputsLanguageWinsOverTheText() {
        assertThat(new LanguageResolver().resolve(article(SPANISH, "en-GB")))
                .isEqualTo(new ArticleLanguage("en", Basis.INPUT));
        assertThat(new LanguageResolver().resolve(article("Iran criticized Israel.", "spa")))
                .isEqualTo(new ArticleLanguage("es", Basis.INPUT));
    }

    @Test
    void withoutOneTheTextIsRead() {
        assertThat(new LanguageResolver().resolve(article(SPANISH, null)))
                .isEqualTo(new ArticleLanguage("es", Basis.DETECTED));
        // An unreadable language field is as good as none.
        assertThat(new LanguageResolver().resolve(article(SPANISH, "unknown")))
                .isEqualTo(new ArticleLanguage("es", Basis.DETECTED));
        assertThat(new LanguageResolver().resolve(article("12 34", null)))
                .isEqualTo(new ArticleLanguage("en", Basis.DETECTED));
    }

    @Test
    void aForcedLanguageWinsOverAll() {
        assertThat(new LanguageResolver("Spanish").resolve(article("Iran criticized Israel.", "en")))
                .isEqualTo(new ArticleLanguage("es", Basis.FORCED));
        assertThatThrownBy(() -> new LanguageResolver("Klingon"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Klingon");
    }
}
