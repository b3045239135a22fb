package org.dyad.eval.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table of the evaluation reports: the first column left-aligned, the others
 * (counts) right-aligned, each as wide as its widest cell, two spaces between columns.
 */
public final class TextColumns {
    private final List<List<String>> rows = new ArrayList<>();

    public TextColumns(List<String> header) {
        rows.add(List.copyOf(header));
    }

    public void row(List<String> cells) {
        if (cells.size() != rows.get(0).size()) {
            throw new IllegalArgumentException(
                    cells.size() + " cells for " + rows.get(0).size() + " columns");
        }
        rows.add(List.copyOf(cells));
    }

    /** The table's lines, header first, with no trailing spaces. */
    public List<String> lines() {
        int[] width = new int[rows.get(0).size()];
        for (List<String> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        List<String> out = new ArrayList<>();
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                String cell = r.get(i);
                String pad = " ".repeat(width[i] - cell.length());
                line.append(i == 0 ? cell + pad : "  " + pad + cell);
            }
            out.add(line.toString().stripTrailing());
        }
        return out;
    }

    @Override
    public String toString() {
        return String.join("\n", lines());
    }
}
