package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.pipeline.DyadPipeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's help, version and error handling, none of which may load the NLP models.
 * To see that they are not loaded, standard error is declared a terminal: the engine then
 * announces "loading NLP models" before it loads them.
 */
class CliTest {

    private static final String LOADING = "loading NLP models";

    @TempDir
    Path dir;

    private String ttyErr;
    private String ttyOut;

    @BeforeEach
    void stderrIsATerminal() {
        ttyErr = System.setProperty("dyad.tty.err", "true");
        ttyOut = System.setProperty("dyad.tty.out", "false");
    }

    @AfterEach
    void restoreTerminalFlags() {
        NoTerminal.restore("dyad.tty.err", ttyErr);
        NoTerminal.restore("dyad.tty.out", ttyOut);
    }

    @Test
    void helpListsTheCommandsAndExitStatuses() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Usage: dyad", "code", "explain", "actors", "Exit status", "--version");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void codeHelpNamesItsArgumentsAndOptions() {
        CliRun run = CliRun.of("code", "--help");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out())
                .contains(
                        "Usage: dyad code",
                        "FILE",
                        "--published",
                        "--format",
                        "jsonl",
                        "table",
                        "--dictionary",
                        "--patterns",
                        "docs/patterns.md");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void explainHelpNamesItsArgumentsAndOptions() {
        CliRun run = CliRun.of("explain", "--help");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out())
                .contains("Usage: dyad explain", "FILE", "--sentence", "--published", "--dictionary", "--patterns");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void actorsHelpNamesItsArgumentsOptionsAndOutput() {
        CliRun run = CliRun.of("actors", "--help");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out())
                .contains(
                        "Usage: dyad actors",
                        "FILE",
                        "--format",
                        "--published",
                        "--dictionary",
                        "--unknown",
                        "--threads",
                        "dyad.actor/1",
                        "patron",
                        "docs/dictionaries.md");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aMissingDictionaryIsAUsageErrorOfOneLineBeforeAnyInputIsRead() {
        Path missing = dir.resolve("missing-actors.txt");
        for (List<String> args : List.of(
                List.of("code", "--dictionary", missing.toString(), "x.txt"),
                List.of("explain", "x.txt", "--sentence", "1", "--dictionary", missing.toString()),
                List.of("actors", "--dictionary", missing.toString(), "x.txt"))) {
            CliRun run = CliRun.of(args.toArray(String[]::new));

            assertThat(run.exitCode()).as(args + "\n" + run).isEqualTo(ExitCode.USAGE);
            assertThat(run.errLines())
                    .as(run.toString())
                    .containsExactly("dyad: dictionary " + missing + ": no such file");
            assertThat(run.out()).isEmpty();
            assertNoStackTraceNorModels(run);
        }
    }

    @Test
    void aMissingPatternsFileIsAUsageErrorOfOneLineBeforeAnyModelLoads() throws IOException {
        Path missing = dir.resolve("missing-patterns.txt");
        Path article = Files.writeString(dir.resolve("article.txt"), "Turkey condemned the Syrian government.\n");
        for (List<String> args : List.of(
                List.of("code", "--patterns", missing.toString(), article.toString()),
                List.of("explain", article.toString(), "--sentence", "1", "--patterns", missing.toString()),
                List.of("actors", "--patterns", missing.toString(), article.toString()))) {
            CliRun run = CliRun.of(args.toArray(String[]::new));

            assertThat(run.exitCode()).as(args + "\n" + run).isEqualTo(ExitCode.USAGE);
            assertThat(run.errLines())
                    .as(run.toString())
                    .containsExactly("dyad: patterns " + missing + ": no such file");
            assertThat(run.out()).isEmpty();
            assertNoStackTraceNorModels(run);
        }
    }

    @Test
    void aDirectoryIsNoDictionary() {
        CliRun run = CliRun.of("actors", "--dictionary", dir.toString(), "x.txt");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines())
                .singleElement()
                .asString()
                .startsWith("dyad: dictionary " + dir)
                .contains("directory");
        assertNoStackTraceNorModels(run);
    }

    @Test
    void actorsOnAMissingFileIsNoUsableInputAndABadThreadCountAUsageError() {
        Path missing = dir.resolve("missing.txt");

        CliRun noInput = CliRun.of("actors", missing.toString());
        CliRun noThreads = CliRun.of("actors", "--threads", "0", missing.toString());

        assertThat(noInput.exitCode()).as(noInput.toString()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(noInput.errLines()).singleElement().asString().startsWith("dyad: " + missing + ":");
        assertNoStackTraceNorModels(noInput);
        assertThat(noThreads.exitCode()).as(noThreads.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(noThreads.errLines()).singleElement().asString().contains("--threads");
    }

    @Test
    void versionIsTheBuildsVersion() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(DyadPipeline.version()).isNotEqualTo("unknown");
        assertThat(run.outLines()).containsExactly("dyad " + DyadPipeline.version());
    }

    @Test
    void anUnknownOptionIsAUsageErrorOfOneLine() {
        for (List<String> args : List.of(
                List.of("--bogus"),
                List.of("code", "--bogus", "x.txt"),
                List.of("explain", "x.txt", "--sentence", "1", "--bogus"))) {
            CliRun run = CliRun.of(args.toArray(String[]::new));

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.USAGE);
            assertThat(run.errLines()).as(run.toString()).isNotEmpty();
            assertThat(run.errLines().get(0)).startsWith("dyad:").contains("--bogus");
            assertThat(run.errLines()).filteredOn(l -> l.startsWith("dyad:")).hasSize(1);
            assertThat(run.out()).isEmpty();
            assertNoStackTraceNorModels(run);
        }
    }

    @Test
    void missingArgumentsAndBadValuesAreUsageErrors() {
        for (List<String> args : List.of(
                List.of("code"),
                List.of("explain", "x.txt"),
                List.of("code", "--published", "13/05/2019", "x.txt"),
                List.of("code", "--format", "xml", "x.txt"),
                List.of("code", "--threads", "0", "x.txt"))) {
            CliRun run = CliRun.of(args.toArray(String[]::new));

            assertThat(run.exitCode()).as(args + "\n" + run).isEqualTo(ExitCode.USAGE);
            assertThat(run.errLines())
                    .as(run.toString())
                    .filteredOn(l -> l.startsWith("dyad:"))
                    .hasSize(1);
            // Not assertNoStackTraceNorModels: picocli's message for a bad date names the Java exception
            // ("... (java.time.format.DateTimeParseException: ...)"), though on one line and without a trace.
            assertThat(run.err()).as(run.toString()).doesNotContain("\tat ").doesNotContain(LOADING);
        }
    }

    @Test
    void aMissingFileIsNoUsableInput() {
        assertUnusable(dir.resolve("missing.txt"), "no such file");
    }

    @Test
    void anEmptyFileIsNoUsableInput() throws IOException {
        assertUnusable(Files.write(dir.resolve("empty.txt"), new byte[0]), "empty");
    }

    @Test
    void aBinaryFileIsNoUsableInput() throws IOException {
        assertUnusable(Files.write(dir.resolve("photo.jpg"), binary()), "binary");
    }

    @Test
    void anInvalidUtf8FileIsNoUsableInput() throws IOException {
        assertUnusable(Files.write(dir.resolve("latin1.txt"), latin1()), "UTF-8");
    }

    @Test
    void severalUnusableInputsAreEachNamedOnce() throws IOException {
        List<Path> inputs = List.of(
                dir.resolve("missing.txt"),
                Files.write(dir.resolve("empty.jsonl"), new byte[0]),
                Files.write(dir.resolve("data.bin"), binary()),
                Files.write(dir.resolve("latin1.html"), latin1()));

        CliRun run = CliRun.of(
                "code",
                inputs.get(0).toString(),
                inputs.get(1).toString(),
                inputs.get(2).toString(),
                inputs.get(3).toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.NO_INPUT);
        for (Path input : inputs) {
            assertThat(run.errLines())
                    .as(run.toString())
                    .filteredOn(l -> l.startsWith("dyad: " + input + ":"))
                    .hasSize(1);
        }
        assertThat(run.errLines()).allSatisfy(l -> assertThat(l).startsWith("dyad: "));
        assertThat(run.out()).isEmpty();
        assertNoStackTraceNorModels(run);
    }

    @Test
    void explainOnAMissingFileIsNoUsableInput() {
        Path missing = dir.resolve("missing.txt");

        CliRun run = CliRun.of("explain", missing.toString(), "--sentence", "1");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(run.errLines())
                .filteredOn(l -> l.startsWith("dyad: " + missing + ":"))
                .hasSize(1);
        assertNoStackTraceNorModels(run);
    }

    /** {@code dyad code FILE} exits 3 and says why on one line naming the file. */
    private void assertUnusable(Path file, String reason) {
        CliRun run = CliRun.of("code", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(run.errLines())
                .as(run.toString())
                .filteredOn(l -> l.startsWith("dyad: " + file + ":"))
                .singleElement()
                .asString()
                .contains(reason);
        assertThat(run.errLines()).allSatisfy(l -> assertThat(l).startsWith("dyad: "));
        assertThat(run.out()).isEmpty();
        assertNoStackTraceNorModels(run);
    }

    private static void assertNoStackTraceNorModels(CliRun run) {
        assertThat(run.err())
                .as(run.toString())
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain(LOADING);
    }

    private static byte[] binary() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0};
    }

    private static byte[] latin1() {
        return "Iran and Russia clashed near Hama, \u00e0 ce qu'on dit.\n".getBytes(StandardCharsets.ISO_8859_1);
    }
}
