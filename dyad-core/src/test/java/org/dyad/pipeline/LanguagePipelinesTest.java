package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.stage.StageContext;
import org.dyad.stage.StageTimes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spanish pipeline codes with the Spanish dictionaries and, like the English one, with the
 * user's own actor files read over them. The annotator is a stand-in: it tags the second word a
 * verb whose lemma is the word, so "atacar" reaches the Spanish verb ATACAR.
 */
class LanguagePipelinesTest {
    @TempDir
    Path dir;

    private static List<Event> code(DyadPipeline pipeline, String text) {
        Article article = new Article(
                "es1",
                text,
                Optional.of(LocalDate.of(2020, 1, 1)),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("es"),
                "in:1");
        return pipeline.code(article, new StageContext("in:1")).events();
    }

    @Test
    void theSpanishDictionariesCodeASpanishVerbBetweenTwoSpanishCountryNames() {
        DyadPipeline spanish =
                LanguagePipelines.build(LanguagePipelines.SPANISH, new ThreeWordAnnotator(), false, new StageTimes());
        assertThat(code(spanish, "Rusia atacar Turquía")).singleElement().satisfies(e -> {
            assertThat(e.code().cameo()).startsWith("18");
            assertThat(e.source().orElseThrow().actor().code()).startsWith("RUS");
            assertThat(e.target().orElseThrow().actor().code()).startsWith("TUR");
        });
        // "Acmelandia" is no actor of the bundled files: nothing is coded.
        assertThat(code(spanish, "Acmelandia atacar Turquía")).isEmpty();
    }

    @Test
    void theUsersActorFileIsReadOverTheSpanishDictionaries() throws IOException {
        Path mine = Files.writeString(dir.resolve("mine.txt"), "Acmelandia = ACMGOV\n");
        DyadPipeline spanish = LanguagePipelines.build(
                LanguagePipelines.SPANISH,
                new ThreeWordAnnotator(),
                false,
                new StageTimes(),
                new LanguagePipelines.UserFiles(List.of(mine), List.of(), List.of()));
        assertThat(code(spanish, "Acmelandia atacar Turquía"))
                .singleElement()
                .satisfies(
                        e -> assertThat(e.source().orElseThrow().actor().code()).isEqualTo("ACMGOV"));
    }
}
