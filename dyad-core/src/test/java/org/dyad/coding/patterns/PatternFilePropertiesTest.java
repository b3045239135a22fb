package org.dyad.coding.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dyad.coding.cameo.CameoCodebook;
import org.dyad.testing.OneLineAssert;

/**
 * The pattern file reader on arbitrary files, simple or CAMEO-shaped: nothing throws, and every
 * malformed line is a one-line diagnostic "file:line: why".
 */
class PatternFilePropertiesTest {
    private static final PatternFileReader READER = new PatternFileReader(CameoCodebook.loadBundled());

    @Property(tries = 400)
    void patternFilesOfAnyShapeGivePatternsOrOneLineDiagnostics(@ForAll("files") String file) {
        PatternFile read = READER.read("my.txt", file, PatternFileReaderTest.BASE);

        for (String d : read.diagnostics()) {
            OneLineAssert.assertOneLine(d, "for file " + file);
            assertThat(d).as("for file %s", file).matches("my\\.txt:\\d+: .+").doesNotContain("Exception");
        }
    }

    /** Files of lines made of pattern syntax (both formats), words, line breakers and arbitrary characters. */
    @Provide
    Arbitrary<String> files() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(OneLineAssert.BREAKERS),
                Arbitraries.of(
                        "verb ",
                        "noun ",
                        "accuse ",
                        "shell ",
                        "= ",
                        "=",
                        "190",
                        "19x",
                        "[0356]",
                        "[---]",
                        "---",
                        "---  AGREE   [050]  ---",
                        "- ",
                        "* ",
                        "*",
                        "(",
                        ")",
                        "(to &CEASEFIRE)",
                        "&CEASEFIRE",
                        "&",
                        "+",
                        "+TRUCE",
                        "$",
                        "%",
                        "^",
                        "{",
                        "}",
                        "<",
                        ">",
                        "|",
                        "#",
                        "# note",
                        "~",
                        "!",
                        "_",
                        "\t",
                        " ",
                        "\uFEFF",
                        "x".repeat(200),
                        "AGREE",
                        "to",
                        "with"),
                Arbitraries.strings().ofMaxLength(10));
        Arbitrary<String> line = piece.list().ofMaxSize(8).map(p -> String.join("", p));
        return line.list().ofMaxSize(15).map(lines -> String.join("\n", lines));
    }
}
