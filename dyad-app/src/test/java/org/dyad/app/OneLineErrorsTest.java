package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors that quote the user's text (a bad JSON line, an option value, a file name) are one line
 * on standard error whatever that text holds: line and paragraph separators, controls and
 * bidirectional controls come out escaped. None of these runs loads the NLP models.
 */
@ExtendWith(NoTerminal.class)
class OneLineErrorsTest {
    /** Characters that break or reorder a line (Cc, Zl, Zp, bidi controls, BOM), kept apart from OneLine's own list. */
    private static final Pattern BREAKING =
            Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]");

    @TempDir
    Path dir;

    @Test
    void aJsonLineHoldingALineSeparatorIsOneLineOnStandardError() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.jsonl"), "{\"text\": \u2028\"Iran met Iraq.\"}\n");

        CliRun run = CliRun.of("code", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(errLines(run))
                .as(run.toString())
                .singleElement()
                .asString()
                .startsWith("dyad: " + file + ":1: not valid JSON")
                .contains("\\u2028");
    }

    @Test
    void optionValuesWithLineBreaksAreQuotedEscapedOnOneLine() {
        CliRun date = CliRun.of("code", "--published", "2019-05-06\n\u2028\u202Eevil", "x.txt");
        CliRun dictionary = CliRun.of(
                "code", "--dictionary", dir.resolve("no\r\nsuch\u2029.txt").toString(), "x.txt");

        assertThat(date.exitCode()).as(date.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(errLines(date))
                .as(date.toString())
                .hasSize(2)
                .first()
                .asString()
                .startsWith("dyad: ")
                .contains("'2019-05-06\\n\\u2028\\u202Eevil' is not a date like 2019-05-13");
        assertThat(dictionary.exitCode()).as(dictionary.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(errLines(dictionary))
                .as(dictionary.toString())
                .containsExactly("dyad: dictionary " + dir.resolve("no") + "\\r\\nsuch\\u2029.txt: no such file");
    }

    /** The lines of standard error, split only where the command ended a line; each is checked to be one line. */
    private static List<String> errLines(CliRun run) {
        assertThat(run.err())
                .as(run.toString())
                .endsWith(System.lineSeparator())
                .doesNotContain("\tat ");
        List<String> lines = List.of(run.err().split(Pattern.quote(System.lineSeparator())));
        for (String line : lines) {
            assertThat(BREAKING.matcher(line).find())
                    .as("a line-breaking character in %s", line)
                    .isFalse();
        }
        return lines;
    }
}
