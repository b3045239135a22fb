package org.dyad.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTableWriterTest {

    @Test
    void writesAHeaderAndOneAlignedLinePerEvent() {
        String table = new EventTableWriter().render(List.of(TestEvents.full(), TestEvents.sparse("a1", 5)));

        List<String> lines = table.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).split("\\s{2,}"))
                .containsExactly("sent", "source", "cameo", "event", "target", "trigger");
        assertThat(lines.get(1).split("\\s{2,}"))
                .containsExactly(
                        "s2", "SYRMIL", "190", "Use conventional military force, not sp…", "SYRMIL", "clashes erupted");
        assertThat(lines.get(2).split("\\s{2,}"))
                .containsExactly("s6", "SYRMIL", "010", "Make statement, not specified below", "-", "erupted");
        // Aligned: every column starts at the same place on every line.
        int triggerColumn = lines.get(0).indexOf("trigger");
        assertThat(lines.get(1).indexOf("clashes erupted")).isEqualTo(triggerColumn);
        assertThat(lines.get(2).indexOf("erupted")).isEqualTo(triggerColumn);
        assertThat(lines.get(2).indexOf("-")).isEqualTo(lines.get(0).indexOf("target"));
        assertThat(table).endsWith("\n").doesNotContain("\u001B").doesNotContain(" \n");
    }

    @Test
    void cutsLongCellsWithAnEllipsis() {
        assertThat(EventTableWriter.truncate("short", 40)).isEqualTo("short");
        String cut = EventTableWriter.truncate("a".repeat(50), 40);
        assertThat(cut).hasSize(40).endsWith("…");
        assertThat(EventTableWriter.cells(TestEvents.full()).get(3)).hasSize(40).endsWith("…");
    }

    @Test
    void namesEachArticleWhenThereAreSeveral() throws Exception {
        StringWriter out = new StringWriter();
        new EventTableWriter()
                .write(
                        List.of(TestEvents.sparse("a1", 0), TestEvents.sparse("a2", 1), TestEvents.sparse("a1", 2)),
                        out);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(1)).isEqualTo("== article a1 ==");
        assertThat(lines.get(2)).startsWith("s1 ");
        assertThat(lines.get(3)).startsWith("s3 ");
        assertThat(lines.get(4)).isEqualTo("== article a2 ==");
        assertThat(lines.get(5)).startsWith("s2 ");
    }

    @Test
    void oneArticleHasNoSectionLine() {
        String table = new EventTableWriter().render(List.of(TestEvents.sparse("a1", 0), TestEvents.sparse("a1", 1)));

        assertThat(table).doesNotContain("== article");
    }

    @Test
    void coloursOnlyWhenAskedAndKeepsTheCellsAligned() {
        String plain = new EventTableWriter(false).render(List.of(TestEvents.full()));
        String coloured = new EventTableWriter(true).render(List.of(TestEvents.full()));

        assertThat(coloured).contains("\u001B[31mUse conventional").contains("\u001B[1msent\u001B[0m");
        assertThat(coloured.replaceAll("\u001B\\[\\d+m", "")).isEqualTo(plain);
    }

    @Test
    void saysSoWhenThereAreNoEvents() {
        assertThat(new EventTableWriter().render(List.of())).isEqualTo("no events\n");
    }
}
