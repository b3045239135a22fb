package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.eval.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code dyad eval}'s command line mistakes, each told in one line before any model loads (standard
 * error is declared a terminal, so loading would announce itself).
 */
class EvalCommandTest {
    private static final String LOADING = "loading NLP models";

    @TempDir
    Path dir;

    private String ttyErr;

    @BeforeEach
    void stderrIsATerminal() {
        ttyErr = System.setProperty("dyad.tty.err", "true");
    }

    @AfterEach
    void restoreTerminalFlag() {
        if (ttyErr == null) {
            System.clearProperty("dyad.tty.err");
        } else {
            System.setProperty("dyad.tty.err", ttyErr);
        }
    }

    @Test
    void helpNamesGoldInputAndTheOptions() {
        CliRun run = CliRun.of("eval", "--help");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out())
                .contains(
                        "Usage: dyad eval",
                        "GOLD",
                        "INPUT",
                        "--format",
                        "--misses",
                        "--roles",
                        "--threads",
                        "--dictionary");
        assertThat(CliRun.of("--help").out()).contains("eval");
    }

    @Test
    void rolesAreFullUnlessGivenInAnyCase() {
        assertThat(parsed("eval", "gold.json", "in.jsonl").roles).isEqualTo(Roles.FULL);
        assertThat(parsed("eval", "gold.json", "in.jsonl", "--roles", "country").roles)
                .isEqualTo(Roles.COUNTRY);
        assertThat(parsed("eval", "--roles", "NONE", "gold.json", "in.jsonl").roles)
                .isEqualTo(Roles.NONE);
        assertThat(CliRun.of("eval", "--help").out()).contains("full", "country", "none");
    }

    @Test
    void anUnknownRolesValueIsAOneLineUsageError() {
        CliRun run = CliRun.of("eval", "gold.json", "in.jsonl", "--roles", "agent");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines().get(0))
                .isEqualTo("dyad: Invalid value for option '--roles': expected one of [FULL, COUNTRY, NONE]"
                        + " (case-insensitive) but was 'agent'");
        assertThat(run.errLines()).filteredOn(l -> l.startsWith("dyad:")).hasSize(1);
        assertThat(run.err()).doesNotContain(LOADING);
    }

    @Test
    void validationRecordsTakeNoRoles() throws IOException {
        Path records = Files.writeString(dir.resolve("records.xml"), "<Validation></Validation>");

        CliRun run = CliRun.of("eval", records.toString(), "--roles", "none");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .isEqualTo("dyad: --roles applies to a gold JSON file, not to validation records (.xml)\n");
    }

    @Test
    void aGoldJsonFileNeedsInput() throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.json"), "{\"events\": []}");

        CliRun run = CliRun.of("eval", gold.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("dyad: a gold JSON file needs INPUT, the articles to code (JSON Lines)\n");
    }

    @Test
    void validationRecordsTakeNoInput() throws IOException {
        Path records = Files.writeString(dir.resolve("records.xml"), "<Validation></Validation>");

        CliRun run = CliRun.of("eval", records.toString(), "articles.jsonl");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("no INPUT is needed").doesNotContain(LOADING);
    }

    @Test
    void aMissingOrBrokenGoldFileIsNamedInOneLine() throws IOException {
        Path input =
                Files.writeString(dir.resolve("in.jsonl"), "{\"id\": \"a\", \"text\": \"Iran threatened Israel.\"}\n");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"events\": [{\"level\": \"urgent\"}]}");

        CliRun missing = CliRun.of("eval", dir.resolve("nope.json").toString(), input.toString());
        CliRun bad = CliRun.of("eval", broken.toString(), input.toString());

        assertThat(missing.exitCode()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(missing.err()).isEqualTo("dyad: gold file " + dir.resolve("nope.json") + ": no such file\n");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(bad.err())
                .isEqualTo("dyad: " + broken + ": events[0].level: neither \"core\" nor \"stretch\": \"urgent\"\n");
    }

    /** The {@code dyad eval} command as the command line parses {@code args}, without running it. */
    private static EvalCommand parsed(String... args) {
        CommandLine.ParseResult result = Main.commandLine().parseArgs(args);
        return (EvalCommand) result.subcommand().commandSpec().userObject();
    }

    @Test
    void badNumbersAreUsageErrors() throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.json"), "{\"events\": []}");

        assertThat(CliRun.of("eval", gold.toString(), "x.jsonl", "--misses", "-1")
                        .exitCode())
                .isEqualTo(ExitCode.USAGE);
        CliRun threads = CliRun.of("eval", gold.toString(), "x.jsonl", "--threads", "0");
        assertThat(threads.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(threads.err()).doesNotContain(LOADING);
    }
}
