package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Sentence;
import org.dyad.testkit.MiniLexicon;
import org.dyad.testkit.Sentences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's Phoenix agents file: read as agents, and its phrases win over the bundled ones in the lexicon. */
class UserAgentsTest {
    private static final Optional<LocalDate> DAY = Optional.of(LocalDate.of(2008, 3, 1));
    private static final String AGENTS = String.join(
            "\n",
            "<!-- PETRARCH VALIDATION SUITE AGENTS DICTIONARY -->",
            "!PERSON! = MAN, MEN",
            "MAIN_OPPOSITION_GROUP [~MOP] # sls 16 Nov 2007",
            "MINISTER [~GOVMIN]",
            "CONGRESS!PERSON! [~LEG]",
            "SECRETARY_OF_STATE {} [NGO~]",
            "");

    // "The main opposition groups told the minister and the Secretary of State"
    private static final Sentence SENTENCE = Sentences.of("""
            1 The the DT O 4 det
            2 main main JJ O 4 amod
            3 opposition opposition NN O 4 compound
            4 groups group NNS O 5 nsubj
            5 told tell VBD O 0 root
            6 the the DT O 7 det
            7 minister minister NN O 5 obj
            8 and and CC O 10 cc
            9 the the DT O 10 det
            10 Secretary Secretary NNP O 7 conj
            11 of of IN O 12 case
            12 State State NNP O 10 nmod
            """);

    @TempDir
    Path dir;

    private static UserDictionary agents(String text) {
        return new UserActorReader().readDictionary("my/validate.agents.txt", new StringReader(text));
    }

    @Test
    void anAgentsFileIsReadAsAgentsWithItsSubstitutionsAndPlurals() {
        UserDictionary d = agents(AGENTS);

        assertThat(d.actors().entries()).isEmpty();
        assertThat(d.diagnostics()).isEmpty();
        assertThat(d.agents().entries())
                .extracting(e -> String.join(" ", e.words()))
                .containsExactly(
                        "MAIN OPPOSITION GROUP",
                        "MAIN OPPOSITION GROUPS",
                        "MINISTER",
                        "MINISTERS",
                        "CONGRESSMAN",
                        "CONGRESSMEN",
                        "SECRETARY OF STATE");
        assertThat(d.agents().entries().get(0).rendered()).isEqualTo("~MOP");
        assertThat(d.agents().entries().get(0).source()).isEqualTo("my/validate.agents.txt:3");
        assertThat(d.agents().entries().get(6).rendered()).isEqualTo("NGO~");
    }

    @Test
    void readingOnlyActorsFromAnAgentsFileSaysWhyThereAreNone() {
        ActorDictionary actors = new UserActorReader().read("my/validate.agents.txt", new StringReader(AGENTS));

        assertThat(actors.entries()).isEmpty();
        assertThat(actors.diagnostics())
                .containsExactly("my/validate.agents.txt: a Phoenix agents file: its 7 agent forms are no actors");
    }

    @Test
    void theUsersAgentsMatchAndWinOverTheBundledPhrases() {
        ActorLexicon bundled = MiniLexicon.build();
        assertThat(bundled.match(SENTENCE, DAY)).extracting(LexiconMatch::code).containsExactly("~GOV", "USAGOV");

        ActorLexicon lexicon = bundled.withUserDictionary(agents(AGENTS));

        List<LexiconMatch> matches = lexicon.match(SENTENCE, DAY);
        assertThat(matches)
                .extracting(m -> m.tokens().start(), m -> m.tokens().end(), LexiconMatch::kind, LexiconMatch::code)
                .containsExactly(
                        tuple(1, 4, MatchKind.AGENT, "~MOP"),
                        tuple(6, 7, MatchKind.AGENT, "~GOVMIN"),
                        tuple(9, 12, MatchKind.AGENT, "NGO~"));
        assertThat(matches.get(0).source()).isEqualTo("my/validate.agents.txt:3");
    }

    @Test
    void aUsersActorWinsOverAUsersAgentOfTheSamePhrase() {
        UserDictionary actor =
                new UserActorReader().readDictionary("mine.txt", new StringReader("Secretary of State = USAGOVSTA\n"));
        ActorLexicon lexicon =
                MiniLexicon.build().withUserDictionary(agents(AGENTS).merge(actor));

        assertThat(lexicon.match(SENTENCE, DAY)).last().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MatchKind.ACTOR);
            assertThat(m.code()).isEqualTo("USAGOVSTA");
        });
    }

    @Test
    void aLaterUserAgentWinsAndAClashOfCodesIsReported() {
        UserDictionary first = agents("MINISTER [~GOVMIN]\nMINISTER [~GOVMIN]\n");
        UserDictionary second =
                new UserActorReader().readDictionary("b.agents.txt", new StringReader("MINISTER_ [~ELI]\n"));

        ActorLexicon lexicon = MiniLexicon.build().withUserDictionary(first.merge(second));

        assertThat(lexicon.match(SENTENCE, DAY))
                .filteredOn(m -> m.tokens().start() == 6)
                .singleElement()
                .satisfies(m -> assertThat(m.code()).isEqualTo("~ELI"));
        assertThat(lexicon.userDiagnostics())
                .containsExactly("b.agents.txt:1: agent 'MINISTER' is also ~GOVMIN at "
                        + "my/validate.agents.txt:2; this later ~ELI is used");
    }

    @Test
    void loadTellsAnAgentsFileFromAnActorFile() throws IOException {
        Path actors =
                Files.writeString(dir.resolve("validate.actors.txt"), "<!-- actors -->\nTHE_SHIRE  [FRO/BIL/SAM]\n");
        Path agents = Files.writeString(dir.resolve("validate.agents.txt"), AGENTS);

        ActorLexicon lexicon = ActorLexicon.load(List.of(actors, agents));

        assertThat(lexicon.userDiagnostics()).isEmpty();
        assertThat(lexicon.match(SENTENCE, DAY)).first().satisfies(m -> {
            assertThat(m.code()).isEqualTo("~MOP");
            assertThat(m.source()).isEqualTo(agents + ":3");
        });
    }
}
