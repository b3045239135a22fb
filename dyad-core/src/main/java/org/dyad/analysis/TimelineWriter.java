package org.dyad.analysis;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a timeline as an aligned plain-text table for people or as CSV for spreadsheets and
 * scripts. Periods without events show "-" (table) or an empty cell (CSV) as their mean, since
 * a mean of nothing is not zero. Numbers use a dot as decimal separator whatever the locale.
 */
public final class TimelineWriter {

    private static final List<String> HEADER =
            List.of("period", "start", "q1", "q2", "q3", "q4", "total", "mean_goldstein");

    public void writeTable(Timeline timeline, Writer out) throws IOException {
        out.write(table(timeline));
    }

    public void writeCsv(Timeline timeline, Writer out) throws IOException {
        out.write(csv(timeline));
    }

    /** The table, a title line first and each line ended by {@code \n}. */
    public String table(Timeline timeline) {
        StringBuilder out = new StringBuilder();
        out.append(timeline.dyad().label())
                .append(" by ")
                .append(timeline.period().name().toLowerCase(Locale.ROOT))
                .append(": ")
                .append(timeline.total())
                .append(" events\n");
        List<List<String>> lines = new ArrayList<>();
        lines.add(HEADER);
        for (TimelineRow row : timeline.rows()) {
            lines.add(cells(row, "-"));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        for (List<String> line : lines) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                String cell = line.get(i);
                // Labels read left to right, numbers line up on the right.
                text.append(i < 2 ? pad(cell, widths[i], false) : pad(cell, widths[i], true));
                text.append(i + 1 < widths.length ? "  " : "");
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** The CSV text with a header line; lines end with {@code \n}. */
    public String csv(Timeline timeline) {
        StringBuilder out = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (TimelineRow row : timeline.rows()) {
            out.append(String.join(",", cells(row, ""))).append('\n');
        }
        return out.toString();
    }

    private static List<String> cells(TimelineRow row, String noMean) {
        List<String> cells = new ArrayList<>();
        cells.add(row.label());
        cells.add(row.start().toString());
        for (int quad = 1; quad <= 4; quad++) {
            cells.add(Integer.toString(row.counts().get(quad)));
        }
        cells.add(Integer.toString(row.total()));
        cells.add(
                row.meanGoldstein().isPresent()
                        ? String.format(Locale.ROOT, "%.2f", row.meanGoldstein().getAsDouble())
                        : noMean);
        return cells;
    }

    private static String pad(String cell, int width, boolean right) {
        String space = " ".repeat(width - cell.length());
        return right ? space + cell : cell + space;
    }
}
