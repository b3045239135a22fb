package org.dyad.format.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * An aligned plain-text table for people: a bold header, rows of cells cut to their column's
 * width with "…", and section lines between rows that take no part in the alignment. Columns
 * are as wide as their widest cell; colours (ANSI) only when asked for, outside the padding.
 * Fill it, then render it once.
 */
public final class TextTable {
    /** Bold, for the header. */
    public static final String BOLD = "\u001B[1m";

    private static final String RESET = "\u001B[0m";
    private static final String GAP = "  ";

    private final List<String> header;
    private final int[] maxWidths;
    private final boolean ansi;
    private final List<Line> lines = new ArrayList<>();

    /** A row with its colours, or a section line (when {@code cells} is empty). */
    private record Line(List<String> cells, IntFunction<String> colours, String section) {}

    /** A table with these column headings; a cell longer than its column's maximum width is cut. */
    public TextTable(List<String> header, int[] maxWidths, boolean ansi) {
        if (header.size() != maxWidths.length) {
            throw new IllegalArgumentException(header.size() + " headings but " + maxWidths.length + " widths");
        }
        this.header = List.copyOf(header);
        this.maxWidths = Arrays.copyOf(maxWidths, maxWidths.length);
        this.ansi = ansi;
    }

    /** Adds a row without colours. */
    public void row(List<String> cells) {
        row(cells, column -> "");
    }

    /** Adds a row; {@code colours} gives the ANSI colour of each column ("" for none). */
    public void row(List<String> cells, IntFunction<String> colours) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException(cells.size() + " cells for " + header.size() + " columns");
        }
        lines.add(new Line(cut(cells, maxWidths), colours, ""));
    }

    /** Adds a line of its own between rows, e.g. "== article a1 ==". */
    public void section(String text) {
        lines.add(new Line(List.of(), column -> "", text));
    }

    /** The table, each line ended by {@code \n}. */
    public String render() {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(header.get(i));
        }
        for (Line line : lines) {
            for (int i = 0; i < line.cells().size(); i++) {
                widths[i] = Math.max(widths[i], width(line.cells().get(i)));
            }
        }
        StringBuilder table = new StringBuilder();
        append(table, header, widths, column -> BOLD);
        for (Line line : lines) {
            if (line.cells().isEmpty()) {
                table.append(line.section()).append('\n');
            } else {
                append(table, line.cells(), widths, line.colours());
            }
        }
        return table.toString();
    }

    /** Each cell on one line and cut to its column's maximum width. */
    public static List<String> cut(List<String> cells, int[] maxWidths) {
        List<String> cut = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            cut.add(truncate(oneLine(cells.get(i)), maxWidths[i]));
        }
        return cut;
    }

    /** {@code cell} cut to {@code max} characters, the last of them "…", if longer. */
    public static String truncate(String cell, int max) {
        if (width(cell) <= max) {
            return cell;
        }
        int end = cell.offsetByCodePoints(0, max - 1);
        return cell.substring(0, end).stripTrailing() + "…";
    }

    private void append(StringBuilder table, List<String> cells, int[] widths, IntFunction<String> colours) {
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

    private static String oneLine(String cell) {
        return cell.replaceAll("\\s+", " ").strip();
    }

    private static int width(String cell) {
        return cell.codePointCount(0, cell.length());
    }
}
