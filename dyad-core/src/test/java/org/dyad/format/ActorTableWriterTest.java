package org.dyad.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.ActorMention;
import org.dyad.model.Span;
import org.dyad.model.UnknownActor;
import org.junit.jupiter.api.Test;

class ActorTableWriterTest {

    @Test
    void writesAHeaderAndOneAlignedLinePerMention() throws Exception {
        StringWriter out = new StringWriter();

        new ActorTableWriter().write(TestActors.article().actors(), out);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).split("\\s{2,}"))
                .containsExactly("sent", "text", "code", "country", "agent", "patron", "kind");
        assertThat(lines.get(1).split("\\s{2,}"))
                .containsExactly("s2", "Colonel Jamil Nadir", "SYRMIL", "SYR", "MIL", "RUS", "person");
        assertThat(lines.get(2).split("\\s{2,}"))
                .containsExactly("s2", "Russian officers", "RUS", "RUS", "-", "-", "state");
        // Aligned: every cell starts where its heading does.
        assertThat(lines.get(1).substring(lines.get(0).indexOf("patron"))).startsWith("RUS ");
        assertThat(lines.get(2).substring(lines.get(0).indexOf("agent"))).startsWith("- ");
        assertThat(lines.get(2).substring(lines.get(0).indexOf("kind"))).isEqualTo("state");
        assertThat(out.toString()).endsWith("\n").doesNotContain("\u001B").doesNotContain(" \n");
    }

    @Test
    void cutsLongTextAndSaysWhenThereIsNothing() {
        String longText = "the commander of the Tiger Forces of the Syrian Arab Army in northern Hama";
        ActorMention m = new ActorMention(
                4,
                new Span(0, 1),
                0,
                new Span(0, longText.length()),
                longText,
                new Actor("x", "SYRMIL", Optional.of("SYR"), Optional.of("MIL"), Optional.empty(), ActorKind.PERSON),
                List.of());

        List<String> cells = ActorTableWriter.cells(m);

        assertThat(cells.get(0)).isEqualTo("s5");
        assertThat(cells.get(1)).hasSize(45).endsWith("…").startsWith("the commander of the Tiger Forces");
        assertThat(new ActorTableWriter().render(List.of())).isEqualTo("no actors\n");
    }

    @Test
    void boldHeadingsOnlyWhenAsked() {
        assertThat(new ActorTableWriter(true)
                        .render(TestActors.article().actors())
                        .lines()
                        .findFirst()
                        .orElseThrow())
                .startsWith("\u001B[1msent\u001B[0m");
    }

    @Test
    void unknownActorsComeOneALineInTheGivenOrder() {
        String table = new ActorTableWriter()
                .renderUnknown(List.of(
                        new UnknownActor(
                                "Walid Qassem",
                                3,
                                "SYRMIL",
                                Optional.of("SYR"),
                                Optional.of("MIL"),
                                ActorKind.PERSON,
                                "Brigadier Walid Qassem"),
                        new UnknownActor(
                                "al-Nemr group",
                                1,
                                "---",
                                Optional.empty(),
                                Optional.empty(),
                                ActorKind.GROUP,
                                "the al-Nemr group")));

        List<String> lines = table.lines().toList();
        assertThat(lines.get(0).split("\\s{2,}"))
                .containsExactly("count", "name", "code", "country", "agent", "kind", "example");
        assertThat(lines.get(1).split("\\s{2,}"))
                .containsExactly("3", "Walid Qassem", "SYRMIL", "SYR", "MIL", "person", "Brigadier Walid Qassem");
        assertThat(lines.get(2).split("\\s{2,}"))
                .containsExactly("1", "al-Nemr group", "---", "-", "-", "group", "the al-Nemr group");
        assertThat(new ActorTableWriter().renderUnknown(List.of())).isEqualTo("no unknown actors\n");
    }
}
