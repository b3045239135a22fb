package org.dyad.format;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.format.internal.TextTable;
import org.dyad.model.ActorMention;
import org.dyad.model.Event;

/**
 * Renders events as an aligned plain-text table for people to read: one event a line with its
 * sentence number (1-based, "s6"), source code, CAMEO code and name, target code and trigger.
 * Long cells are cut with "…". When the events come from several articles, each article's
 * events follow a line naming it. ANSI colours only when asked for. Immutable.
 */
public final class EventTableWriter {

    private static final List<String> HEADER = List.of("sent", "source", "cameo", "event", "target", "trigger");
    private static final int[] MAX_WIDTHS = {6, 20, 4, 40, 20, 40};
    private static final int EVENT_COLUMN = 3;
    private static final String[] QUAD_COLOURS = {"\u001B[32m", "\u001B[32m", "\u001B[33m", "\u001B[31m"};

    private final boolean ansi;

    /** A writer of plain text, without colours. */
    public EventTableWriter() {
        this(false);
    }

    /** A writer that colours the header and event names (by quad class) when {@code ansi}. */
    public EventTableWriter(boolean ansi) {
        this.ansi = ansi;
    }

    public void write(List<Event> events, Writer out) throws IOException {
        out.write(render(events));
    }

    /** The table for {@code events}, each line ended by {@code \n}. */
    public String render(List<Event> events) {
        if (events.isEmpty()) {
            return "no events\n";
        }
        Map<String, List<Event>> byArticle = new LinkedHashMap<>();
        for (Event event : events) {
            byArticle
                    .computeIfAbsent(event.articleId(), id -> new ArrayList<>())
                    .add(event);
        }
        TextTable table = new TextTable(HEADER, MAX_WIDTHS, ansi);
        for (Map.Entry<String, List<Event>> article : byArticle.entrySet()) {
            if (byArticle.size() > 1) {
                table.section("== article " + article.getKey() + " ==");
            }
            for (Event event : article.getValue()) {
                String colour = QUAD_COLOURS[event.code().quadClass() - 1];
                table.row(cells(event), column -> column == EVENT_COLUMN ? colour : "");
            }
        }
        return table.render();
    }

    /** The cells of one event's line, cut to their column's width. */
    static List<String> cells(Event event) {
        return TextTable.cut(
                List.of(
                        "s" + (event.sentenceIndex() + 1),
                        actor(event.source()),
                        event.code().cameo(),
                        event.code().name(),
                        actor(event.target()),
                        event.trigger().text()),
                MAX_WIDTHS);
    }

    /** {@code cell} cut to {@code max} characters, the last of them "…", if longer. */
    static String truncate(String cell, int max) {
        return TextTable.truncate(cell, max);
    }

    private static String actor(Optional<ActorMention> mention) {
        return mention.map(m -> m.actor().code()).orElse("-");
    }
}
