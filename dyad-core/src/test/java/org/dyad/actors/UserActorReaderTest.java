package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.testing.OneLineAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dyad's simple actor format and the Phoenix format, read from a user's file. */
class UserActorReaderTest {
    @TempDir
    Path dir;

    private static ActorDictionary read(String... lines) {
        return new UserActorReader().read("my/actors.txt", new StringReader(String.join("\n", lines)));
    }

    private static ActorEntry only(ActorDictionary dictionary, String name) {
        List<ActorEntry> found =
                dictionary.entries().stream().filter(e -> e.name().equals(name)).toList();
        assertThat(found).as("entries named %s in %s", name, dictionary).hasSize(1);
        return found.get(0);
    }

    private static Optional<String> codeOn(ActorEntry entry, int year, int month, int day) {
        return entry.codeOn(Optional.of(LocalDate.of(year, month, day)));
    }

    @Test
    void aNameWithAliasesAndACodeIsOneExactEntry() {
        ActorDictionary d = read("Suheil al-Hassan | Tiger Forces commander |  Suheil   al-Hasan = SYRMIL");

        ActorEntry hassan = only(d, "Suheil al-Hassan");
        assertThat(hassan.phrases())
                .containsExactly("Suheil al-Hassan_", "Tiger Forces commander_", "Suheil al-Hasan_");
        assertThat(hassan.codes()).containsExactly(DatedCode.undated("SYRMIL"));
        assertThat(hassan.patron()).isEmpty();
        assertThat(hassan.source()).isEqualTo("my/actors.txt:1");
        assertThat(d.diagnostics()).isEmpty();
    }

    @Test
    void datesMayBeClosedOrOpenAtEitherEnd() {
        ActorDictionary d = read(
                "Closed = AAAGOV 2015-01-01..2019-12-31",
                "Open End = BBBGOV 2015-01-01..",
                "Open Start = CCCGOV ..2019-12-31");

        ActorEntry closed = only(d, "Closed");
        assertThat(closed.codes())
                .containsExactly(new DatedCode(
                        "AAAGOV", Optional.of(LocalDate.of(2015, 1, 1)), Optional.of(LocalDate.of(2019, 12, 31))));
        assertThat(codeOn(closed, 2014, 12, 31)).isEmpty();
        assertThat(codeOn(closed, 2019, 12, 31)).contains("AAAGOV");
        assertThat(codeOn(only(d, "Open End"), 2030, 1, 1)).contains("BBBGOV");
        assertThat(codeOn(only(d, "Open End"), 2014, 12, 31)).isEmpty();
        assertThat(codeOn(only(d, "Open Start"), 1990, 1, 1)).contains("CCCGOV");
        assertThat(codeOn(only(d, "Open Start"), 2020, 1, 1)).isEmpty();
        assertThat(d.diagnostics()).isEmpty();
    }

    @Test
    void severalLinesForOneNameMakeADatedCodeList() {
        ActorDictionary d = read(
                "Ahmed Example = SYRREB ..2016-06-30",
                "Other Person = IRQGOV",
                "AHMED  example | Abu Example = SYRGOV 2016-07-01..",
                "Ahmed Example = SYRELI");

        ActorEntry ahmed = only(d, "Ahmed Example");
        assertThat(ahmed.phrases()).containsExactly("Ahmed Example_", "Abu Example_");
        assertThat(ahmed.source()).isEqualTo("my/actors.txt:1");
        assertThat(codeOn(ahmed, 2015, 1, 1)).contains("SYRREB");
        assertThat(codeOn(ahmed, 2018, 1, 1)).contains("SYRGOV");
        assertThat(ahmed.codeOn(Optional.empty())).contains("SYRELI");
        assertThat(d.entries()).extracting(ActorEntry::name).containsExactly("Ahmed Example", "Other Person");
    }

    @Test
    void aPatronIsTheEntrysWhateverTheLine() {
        ActorDictionary d = read(
                "Colonel Jamil Nadir = SYRMIL ..2017-12-31",
                "Colonel Jamil Nadir = SYRGOV 2018-01-01.. patron=rus",
                "Liwa Example = SYRMIL patron=IRN 2014-01-01..");

        assertThat(only(d, "Colonel Jamil Nadir").patron()).contains("RUS");
        ActorEntry liwa = only(d, "Liwa Example");
        assertThat(liwa.patron()).contains("IRN");
        assertThat(codeOn(liwa, 2015, 1, 1)).contains("SYRMIL");
        assertThat(d.diagnostics()).isEmpty();
    }

    @Test
    void conflictingPatronsAndSecondUndatedCodesAreReportedAndTheFirstKept() {
        ActorDictionary d = read("Double Agent = SYRMIL patron=RUS", "Double Agent = SYRGOV patron=IRN");

        ActorEntry agent = only(d, "Double Agent");
        assertThat(agent.patron()).contains("RUS");
        assertThat(agent.codes()).containsExactly(DatedCode.undated("SYRMIL"));
        assertThat(d.diagnostics())
                .containsExactly(
                        "my/actors.txt:2: a second undated code SYRGOV for 'Double Agent' is not used: line 1 gives the undated one",
                        "my/actors.txt:2: patron=IRN for 'Double Agent' is not used: line 1 gives patron=RUS "
                                + "(a patron holds for every date)");
    }

    @Test
    void commentsAndBlankLinesAreSkipped() {
        ActorDictionary d = read(
                "# Syrian commanders, from the 2019 reports",
                "",
                "   ",
                "Jamil Nadir = SYRMIL   # a colonel, see the report of 2019-05-06",
                "# Fake = XXXGOV");

        assertThat(d.entries()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Jamil Nadir");
            assertThat(e.source()).isEqualTo("my/actors.txt:4");
        });
        assertThat(d.diagnostics()).isEmpty();
    }

    @Test
    void malformedLinesAreReportedWithTheirLineAndTheGoodOnesKept() {
        ActorDictionary d = read(
                "Good One = SYRMIL",
                "No Equals SYRMIL",
                "= SYRMIL",
                "Empty | | Alias = SYRMIL",
                "No Code =",
                "Short Code = SY",
                "Bad Code = SYR-MIL",
                "Bad Date = SYRMIL 2019-02-30..",
                "Backwards = SYRMIL 2019-01-01..2018-01-01",
                "No Dates = SYRMIL ..",
                "Two Ranges = SYRMIL 2010-01-01.. ..2019-01-01",
                "Bad Patron = SYRMIL patron=Russia",
                "Stray Word = SYRMIL from 2019",
                "[Bracketed] = SYRMIL",
                "Good Two = IRQGOV");

        assertThat(d.entries()).extracting(ActorEntry::name).containsExactly("Good One", "Good Two");
        assertThat(d.diagnostics()).hasSize(13).allSatisfy(l -> assertThat(l).matches("my/actors\\.txt:\\d+: .+"));
        assertThat(d.diagnostics())
                .extracting(l -> l.split(":")[1])
                .containsExactly("2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14");
        assertThat(d.diagnostics().get(0)).contains("no '='");
        assertThat(d.diagnostics().get(1)).contains("no name");
        assertThat(d.diagnostics().get(2)).contains("empty name");
        assertThat(d.diagnostics().get(3)).contains("no code");
        assertThat(d.diagnostics().get(4)).contains("shorter than three");
        assertThat(d.diagnostics().get(5)).contains("'SYR-MIL' is not upper-case letters and digits");
        assertThat(d.diagnostics().get(6)).contains("'2019-02-30' is not a date");
        assertThat(d.diagnostics().get(7)).contains("ends before it starts");
        assertThat(d.diagnostics().get(8)).contains("neither a start nor an end");
        assertThat(d.diagnostics().get(9)).contains("second date range");
        assertThat(d.diagnostics().get(10)).contains("patron 'Russia'");
        assertThat(d.diagnostics().get(11)).contains("'from'");
        assertThat(d.diagnostics().get(12)).contains("contains '['");
    }

    @Test
    void aLineSeparatorInALineIsShownEscapedInItsOneDiagnosticLine() {
        ActorDictionary d = read("Good One = SYRMIL", "Bad Code = SYR\u2028MIL", "Good Two = IRQGOV");

        assertThat(d.entries()).extracting(ActorEntry::name).containsExactly("Good One", "Good Two");
        assertThat(d.diagnostics()).singleElement().satisfies(line -> {
            assertThat(line).startsWith("my/actors.txt:2: ").contains("'SYR\\u2028MIL'");
            OneLineAssert.assertOneLine(line, "the diagnostic");
        });
    }

    @Test
    void aFileWithBracketedCodesIsReadAsPhoenix() {
        ActorDictionary d = read(
                "# my Phoenix-style additions",
                "JAMIL_NADIR_",
                "+COLONEL_JAMIL_NADIR_",
                "\t[SYRMIL 150101-191231]",
                "TIGER_FORCES [SYRMIL]");

        assertThat(UserActorReader.isPhoenix(List.of("JAMIL_NADIR_  [SYRMIL]"))).isTrue();
        assertThat(UserActorReader.isPhoenix(List.of("Jamil Nadir = SYRMIL", "# [NOT] a code line")))
                .isFalse();
        assertThat(UserActorReader.isPhoenix(List.of("Army [SAA] = SYRMIL"))).isFalse();
        ActorEntry nadir = only(d, "Jamil Nadir");
        assertThat(nadir.phrases()).containsExactly("JAMIL_NADIR_", "COLONEL_JAMIL_NADIR_");
        assertThat(codeOn(nadir, 2016, 1, 1)).contains("SYRMIL");
        assertThat(nadir.source()).isEqualTo("my/actors.txt:2");
        assertThat(only(d, "Tiger Forces").codes()).containsExactly(DatedCode.undated("SYRMIL"));
    }

    @Test
    void aFileIsReadAsUtf8WithOrWithoutAByteOrderMarkAndNamedAsGiven() throws IOException {
        Path file = Files.writeString(dir.resolve("mine.txt"), "\uFEFFQasim Sulaymani | Qāsim Sulaymānī = IRNMIL\n");

        ActorDictionary d = new UserActorReader().read(file);

        ActorEntry qasim = only(d, "Qasim Sulaymani");
        assertThat(qasim.phrases()).contains("Qāsim Sulaymānī_");
        assertThat(qasim.source()).isEqualTo(file + ":1");
        assertThat(d.diagnostics()).isEmpty();
    }

    @Test
    void aMissingOrNonUtf8FileThrowsWithAOneLineReason() throws IOException {
        Path latin1 = Files.write(
                dir.resolve("latin1.txt"), "Qasim, dit le général = IRNMIL\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> new UserActorReader().read(dir.resolve("missing.txt")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageEndingWith("missing.txt: no such file");
        assertThatThrownBy(() -> new UserActorReader().read(latin1))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageEndingWith("latin1.txt: not UTF-8 text");
    }
}
