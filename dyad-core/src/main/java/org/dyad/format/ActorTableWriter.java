package org.dyad.format;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.dyad.format.internal.TextTable;
import org.dyad.model.ActorMention;
import org.dyad.model.UnknownActor;

/**
 * Renders actor mentions as an aligned plain-text table for people: one mention a line with its
 * sentence number (1-based, "s5"), its text (cut to 45 characters with "…"), code, country,
 * agent class, patron and kind, "-" where there is none. Also renders the count of actors no
 * dictionary knows. Bold headings only when asked for. Immutable.
 */
public final class ActorTableWriter {

    private static final List<String> HEADER = List.of("sent", "text", "code", "country", "agent", "patron", "kind");
    private static final int[] MAX_WIDTHS = {6, 45, 20, 7, 6, 6, 12};
    private static final List<String> UNKNOWN_HEADER =
            List.of("count", "name", "code", "country", "agent", "kind", "example");
    private static final int[] UNKNOWN_MAX_WIDTHS = {6, 40, 20, 7, 6, 12, 60};

    private final boolean ansi;

    /** A writer of plain text, without colours. */
    public ActorTableWriter() {
        this(false);
    }

    /** A writer that sets the headings in bold when {@code ansi}. */
    public ActorTableWriter(boolean ansi) {
        this.ansi = ansi;
    }

    public void write(List<ActorMention> mentions, Writer out) throws IOException {
        out.write(render(mentions));
    }

    /** The table of {@code mentions}, in their order, each line ended by {@code \n}. */
    public String render(List<ActorMention> mentions) {
        if (mentions.isEmpty()) {
            return "no actors\n";
        }
        TextTable table = new TextTable(HEADER, MAX_WIDTHS, ansi);
        mentions.forEach(m -> table.row(cells(m)));
        return table.render();
    }

    /** The table of actors no dictionary knows, in the given order (the most mentioned first). */
    public String renderUnknown(List<UnknownActor> actors) {
        if (actors.isEmpty()) {
            return "no unknown actors\n";
        }
        TextTable table = new TextTable(UNKNOWN_HEADER, UNKNOWN_MAX_WIDTHS, ansi);
        for (UnknownActor a : actors) {
            table.row(List.of(
                    String.valueOf(a.count()),
                    a.name(),
                    a.code(),
                    orDash(a.country()),
                    orDash(a.agent()),
                    a.kind().wireName(),
                    a.example()));
        }
        return table.render();
    }

    /** The cells of one mention's line, cut to their column's width. */
    static List<String> cells(ActorMention m) {
        return TextTable.cut(
                List.of(
                        "s" + (m.sentenceIndex() + 1),
                        m.text(),
                        m.actor().code(),
                        orDash(m.actor().country()),
                        orDash(m.actor().agent()),
                        orDash(m.actor().patron()),
                        m.actor().kind().wireName()),
                MAX_WIDTHS);
    }

    private static String orDash(Optional<String> value) {
        return value.orElse("-");
    }
}
