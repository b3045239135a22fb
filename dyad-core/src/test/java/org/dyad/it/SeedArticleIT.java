package org.dyad.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.format.ArticleReader;
import org.dyad.format.EventJsonWriter;
import org.dyad.format.EventLine;
import org.dyad.format.Format;
import org.dyad.format.ReadResult;
import org.dyad.model.ActorMention;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.QualifiedArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed article (Iran Focus, 2019-05-13, on Russian-Iranian feuds in Syria) end to end with
 * the real models: its events against a golden file, its JSON Lines against the contract, and
 * the events a reader would certainly expect from it.
 */
public class SeedArticleIT {

    static final String SEED = "it/russia-iran-syria.txt";
    static final LocalDate PUBLISHED = LocalDate.of(2019, 5, 13);
    private static final String GOLDEN = "it/seed.golden.txt";
    private static final List<String> GOLDEN_HEADER = List.of(
            "# Golden output of SeedArticleIT: the events dyad codes from " + SEED + " (published " + PUBLISHED + "),",
            "# one line per event in output order, as org.dyad.format.EventLine renders them. Lines starting with '#'",
            "# are comments and are not compared. To accept a changed output, rerun with -Ddyad.golden.update=true,",
            "#   mvn -o verify -pl dyad-core -Dit.test=SeedArticleIT -Ddyad.golden.update=true",
            "# which rewrites this file (dyad-core/src/test/resources/" + GOLDEN + ") instead of failing; then review",
            "# its diff before committing.");

    private static Article seed;
    private static QualifiedArticle coded;

    @BeforeAll
    static void codeTheSeed() {
        seed = readSeed();
        coded = SharedPipeline.code(seed);
    }

    public static Article readSeed() {
        try (InputStream in = SeedArticleIT.class.getClassLoader().getResourceAsStream(SEED)) {
            assertThat(in).as("test resource " + SEED).isNotNull();
            ReadResult read = new ArticleReader(Optional.of(PUBLISHED)).read(SEED, in, Format.TEXT);
            assertThat(read.diagnostics()).isEmpty();
            assertThat(read.articles()).hasSize(1);
            return read.articles().get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void eventsMatchTheGoldenFile() {
        List<String> lines = coded.events().stream().map(EventLine::render).toList();

        GoldenFile.at(GOLDEN, GOLDEN_HEADER).assertMatches(lines);
    }

    @Test
    void jsonLinesFollowTheContract() throws IOException {
        StringWriter out = new StringWriter();
        EventJsonWriter writer = new EventJsonWriter(out);
        writer.writeAll(coded.events(), seed.text());
        writer.flush();
        List<String> lines = out.toString().lines().toList();
        assertThat(out.toString()).endsWith("\n");
        assertThat(lines).hasSize(coded.events().size()).isNotEmpty();

        EventContract contract = new EventContract(seed.id(), seed.text(), seed.published());
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            JsonNode event = EventContract.parse(line);
            problems.addAll(contract.problems(event));
            if (!ids.add(event.path("event_id").asText())) {
                problems.add("event_id " + event.path("event_id") + " is not unique");
            }
        }
        assertThat(problems).as("contract violations in the seed's JSON Lines").isEmpty();
    }

    @Test
    void eventIdsAreUniqueAndStableAcrossRuns() {
        List<String> first = coded.events().stream().map(Event::eventId).toList();
        List<String> again = SharedPipeline.code(readSeed()).events().stream()
                .map(Event::eventId)
                .toList();

        assertThat(first).doesNotHaveDuplicates();
        assertThat(again).isEqualTo(first);
    }

    @Test
    void iranianOperativesAccuseSyriaAndRussia() {
        List<Event> accusations = coded.events().stream()
                .filter(e -> e.sentence().startsWith("Various Iranian regime operatives are even accusing"))
                .filter(e -> e.code().root().equals("11"))
                .toList();

        assertThat(accusations).as("ACCUSE events of the 'accusing' sentence").hasSize(2);
        for (Event e : accusations) {
            assertThat(e.trigger().text()).isEqualTo("accusing");
            assertThat(country(e.source()))
                    .as("source of " + EventLine.render(e))
                    .isEqualTo("IRN");
            assertThat(e.source().orElseThrow().text()).contains("Iranian");
            assertThat(e.code().plover())
                    .hasValueSatisfying(p -> assertThat(p.type()).isEqualTo("ACCUSE"));
            assertThat(e.symmetric()).isFalse();
            assertThat(e.negated()).isFalse();
        }
        assertThat(accusations).extracting(e -> country(e.target())).containsExactlyInAnyOrder("SYR", "RUS");
    }

    private static String country(Optional<ActorMention> mention) {
        return mention.flatMap(m -> m.actor().country()).orElse("(none)");
    }
}
