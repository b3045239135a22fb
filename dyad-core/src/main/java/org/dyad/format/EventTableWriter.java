package org.dyad.format;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
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
    private static final String GAP = "  ";
    private static final String BOLD = "\u001B[1m";
    private static final String RESET = "\u001B[0m";
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
            byArticle.computeIfAbsent(event.articleId(), id -> new ArrayList<>()).add(event);
        }
        int[] widths = widths(events);
        StringBuilder table = new StringBuilder();
        line(table, HEADER, widths, column -> BOLD);
        for (Map.Entry<String, List<Event>> article : byArticle.entrySet()) {
            if (byArticle.size() > 1) {
                table.append("== article ").append(article.getKey()).append(" ==\n");
            }
            for (Event event : article.getValue()) {
                String colour = QUAD_COLOURS[event.code().quadClass() - 1];
                line(table, cells(event), widths, column -> column == EVENT_COLUMN ? colour : "");
            }
        }
        return table.toString();
    }

    /** The cells of one event's line, cut to their column's width. */
    static List<String> cells(Event event) {
        List<String> cells = List.of(
                "s" + (event.sentenceIndex() + 1),
                actor(event.source()),
                event.code().cameo(),
                event.code().name(),
                actor(event.target()),
                event.trigger().text());
        List<String> cut = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            cut.add(truncate(oneLine(cells.get(i)), MAX_WIDTHS[i]));
        }
        return cut;
    }

    private void line(StringBuilder table, List<String> cells, int[] widths, IntFunction<String> colours) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String colour = ansi ? colours.apply(i) : "";
            // Padding stays outside the colour codes, which take no width on the screen.
            line.append(colour.isEmpty() ? cell : colour + cell + RESET);
            if (i < cells.size() - 1) {
                line.append(" ".repeat(widths[i] - width(cell))).append(GAP);
            }
        }
        table.append(line.toString().stripTrailing()).append('\n');
    }

    private static int[] widths(List<Event> events) {
        int[] widths = new int[HEADER.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(HEADER.get(i));
        }
        for (Event event : events) {
            List<String> cells = cells(event);
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], width(cells.get(i)));
            }
        }
        return widths;
    }

    private static String actor(Optional<ActorMention> mention) {
        return mention.map(m -> m.actor().code()).orElse("-");
    }

    private static String oneLine(String cell) {
        return cell.replaceAll("\\s+", " ").strip();
    }

    /** {@code cell} cut to {@code max} characters, the last of them "…", if longer. */
    static String truncate(String cell, int max) {
        if (width(cell) <= max) {
            return cell;
        }
        int end = cell.offsetByCodePoints(0, max - 1);
        return cell.substring(0, end).stripTrailing() + "…";
    }

    private static int width(String cell) {
        return cell.codePointCount(0, cell.length());
    }
}
