package org.dyad.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.format.ArticleReader;
import org.dyad.format.Format;
import org.dyad.format.ReadResult;
import org.dyad.model.ActorMention;
import org.dyad.model.ActorTaggedArticle;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.stage.StageContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Actor recognition with the real models: the seed article's people, groups, patrons and
 * metonyms as an analyst reads them, and golden renderings of the actors of the seed and of
 * three VOA stories.
 */
public class ActorsIT {
    private static final List<String> HEADER = List.of(
            "# Golden actor mentions of ActorsIT, one line per mention: sentence (from 1), text, code,",
            "# country/agent/patron, kind. Rewrite with -Ddyad.golden.update=true and review the diff.");

    private static ActorTaggedArticle seed;

    @BeforeAll
    static void tagTheSeed() {
        seed = tag(SeedArticleIT.readSeed());
    }

    static ActorTaggedArticle tag(Article article) {
        var pipeline = SharedPipeline.get();
        AnnotatedArticle annotated = new AnnotatedArticle(article, SharedPipeline.sentences(article.text()));
        return pipeline.actors().apply(annotated, new StageContext(article.origin()));
    }

    static String render(ActorMention m) {
        var a = m.actor();
        return "[s" + (m.sentenceIndex() + 1) + "] \"" + m.text().replaceAll("\\s+", " ") + "\" " + a.code() + " "
                + a.country().orElse("-") + "/" + a.agent().orElse("-") + "/"
                + a.patron().orElse("-") + " "
                + a.kind().wireName();
    }

    /** Whether some mention overlapping {@code phrase} carries the given fields ("-" for none). */
    private static boolean found(String phrase, String country, String agent, String patron, String kind) {
        String text = seed.article().text();
        int at = text.indexOf(phrase);
        assertThat(at).as("phrase '" + phrase + "' in the seed").isNotNegative();
        return seed.actors().stream()
                .filter(m -> m.chars().start() < at + phrase.length()
                        && at < m.chars().end())
                .anyMatch(m -> fits(m.actor().country(), country)
                        && fits(m.actor().agent(), agent)
                        && fits(m.actor().patron(), patron)
                        && (kind == null || m.actor().kind().wireName().equals(kind)));
    }

    private static boolean fits(Optional<String> value, String wanted) {
        return wanted == null || value.orElse("-").equals(wanted);
    }

    @Test
    void peopleStatesAndOrganisationsAsAnAnalystReadsThem() {
        List<String> missed = new ArrayList<>();
        String[][] expected = {
            {"Maher Assad", "SYR", "MIL", null, "person"},
            {"Bashar Assad", "SYR", "GOV", null, "person"},
            {"Suheil al-Hassan", "SYR", "MIL", null, "person"},
            {"al-Nemr group", "SYR", "MIL", "RUS", "group"},
            {"IRGC", "IRN", "MIL", null, "organization"},
            {"Mike Pompeo", "USA", "GOV", null, "person"},
            {"Moscow", "RUS", "GOV", null, "state"},
            {"Tehran", "IRN", "GOV", null, "state"},
            {"Baghdad", "IRQ", "GOV", null, "state"},
            {"Anton Mardasov", "RUS", null, null, "person"},
        };
        for (String[] e : expected) {
            if (!found(e[0], e[1], e[2], e[3], e[4])) {
                missed.add(String.join(" ", e[0], String.valueOf(e[1]), String.valueOf(e[2])));
            }
        }
        assertThat(missed).as("actors not recognised as expected").isEmpty();
    }

    @Test
    void patronsAsTheArticleStatesThem() {
        List<String> missed = new ArrayList<>();
        String[][] expected = {
            {"Syrian regime forces linked Moscow", "SYR", "MIL", "RUS"},
            {"units enjoying the support of Iran", null, null, "IRN"},
            {"Iran-linked bases and groups", null, null, "IRN"},
            {"Syrian military forces associated to Iran", "SYR", "MIL", "IRN"},
            {"Syrian military commander affiliated to Russia", "SYR", "MIL", "RUS"},
            {"Iran-backed groups", null, null, "IRN"},
            {"militia groups associated to Iran", null, null, "IRN"},
            {"Iran-backed targets", null, null, "IRN"},
            {"IRGC-linked groups", null, null, "IRN"},
            {"pro-Tehran Shiite militia forces in Iraq", "IRQ", null, "IRN"},
        };
        for (String[] e : expected) {
            if (!found(e[0], e[1], e[2], e[3], null)) {
                missed.add(e[0]);
            }
        }
        assertThat(missed).as("patrons not recognised").isEmpty();
    }

    @Test
    void theTwoSidesAreRussiaAndIran() {
        assertThat(seed.actors())
                .filteredOn(m -> m.text().equals("these two sides"))
                .extracting(m -> m.actor().country().orElse("-"))
                .containsExactlyInAnyOrder("RUS", "IRN");
    }

    @Test
    void groupsNamedAloneByWhatTheyAreAreActorsButOfficialsAreNot() {
        String text = "Students marched on the ministry on Monday. The officials met on Tuesday.";
        ActorTaggedArticle tagged = tag(new Article(
                "groups",
                text,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("en"),
                "test:groups"));
        // group-classes.txt lists EDU; nothing names the students' country, so it is PETRARCH's "---".
        assertThat(tagged.actors())
                .filteredOn(m -> m.text().equals("Students"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.actor().code()).isEqualTo("---EDU");
                    assertThat(m.actor().agent()).hasValue("EDU");
                });
        // GOV is not listed: "the officials" alone say nothing of whose they are.
        assertThat(tagged.actors()).noneMatch(m -> m.text().contains("officials"));
    }

    @Test
    void seedActorsMatchTheGoldenFile() {
        GoldenFile.at("it/seed.actors.golden.txt", HEADER)
                .assertMatches(seed.actors().stream().map(ActorsIT::render).toList());
    }

    @Test
    void voaActorsMatchTheGoldenFile() {
        List<String> lines = new ArrayList<>();
        for (Article a : voa()) {
            lines.add("== " + a.id() + " " + a.title().orElse(""));
            tag(a).actors().stream().map(ActorsIT::render).forEach(lines::add);
        }
        GoldenFile.at("it/voa.actors.golden.txt", HEADER).assertMatches(lines);
    }

    public static List<Article> voa() {
        try (InputStream in = ActorsIT.class.getClassLoader().getResourceAsStream("it/voa-three.jsonl")) {
            ReadResult read = new ArticleReader().read("it/voa-three.jsonl", in, Format.JSONL);
            assertThat(read.diagnostics()).isEmpty();
            assertThat(read.articles()).hasSize(3);
            return read.articles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
