package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dyad.testing.OneLineAssert;

/**
 * The dictionary readers on arbitrary files, some of them shaped like dictionaries: nothing
 * throws, and every malformed line is a one-line diagnostic that names the file and the line.
 */
class DictionaryPropertiesTest {

    @Property(tries = 400)
    void userDictionariesOfAnyShapeGiveEntriesOrOneLineDiagnostics(@ForAll("files") String file) {
        UserDictionary d = new UserActorReader().readDictionary("my/actors.txt", new StringReader(file));

        assertOneLineEach(d.diagnostics(), "actors.txt:", file);
    }

    @Property(tries = 400)
    void phoenixActorFilesOfAnyShapeGiveEntriesOrOneLineDiagnostics(@ForAll("files") String file) {
        ActorDictionary d = new PhoenixActorReader().read("dict/test.actors.txt", new StringReader(file));

        assertOneLineEach(d.diagnostics(), "test.actors.txt:", file);
        assertThat(d.entries()).doesNotContainNull();
    }

    @Property(tries = 400)
    void agentFilesOfAnyShapeGiveEntriesOrOneLineDiagnostics(@ForAll("files") String file) {
        AgentDictionary d = new AgentDictionaryReader().read("dict/test.agents.txt", new StringReader(file));

        assertOneLineEach(d.diagnostics(), "test.agents.txt:", file);
        assertThat(d.entries()).doesNotContainNull();
    }

    /** Files of lines made of dictionary syntax, words, line breakers and arbitrary characters. */
    @Provide
    Arbitrary<String> files() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(OneLineAssert.BREAKERS),
                Arbitraries.of(
                        "[",
                        "]",
                        "[USA]",
                        "[~GOV]",
                        "[IRNMIL 800101-891231]",
                        "[SYR >20110315]",
                        "+",
                        "+MR._",
                        "_",
                        "{",
                        "}",
                        "#",
                        "# comment",
                        "<",
                        ">",
                        "=",
                        "|",
                        "&",
                        "~",
                        "!",
                        "$",
                        "*",
                        "-",
                        "--",
                        "IRAN_",
                        "BASHAR_AL-ASSAD",
                        "Tiger Forces",
                        "= SYRMIL",
                        "\t",
                        " ",
                        "  ",
                        "\uFEFF",
                        "[---]",
                        "[]",
                        "[ ]",
                        "991231",
                        "20110315-",
                        "ZZZ",
                        "x".repeat(300)),
                Arbitraries.strings().ofMaxLength(12));
        Arbitrary<String> line = piece.list().ofMaxSize(8).map(p -> String.join("", p));
        return line.list().ofMaxSize(15).map(lines -> String.join("\n", lines));
    }

    static void assertOneLineEach(List<String> diagnostics, String namePrefix, String file) {
        for (String d : diagnostics) {
            OneLineAssert.assertOneLine(d, "for file " + file);
            assertThat(d).as("for file %s", file).contains(namePrefix).doesNotContain("Exception");
        }
    }
}
