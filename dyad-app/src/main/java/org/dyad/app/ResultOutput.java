package org.dyad.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.format.internal.TextTable;
import org.dyad.store.QueryResult;

/** Prints the rows of a store query as a table for people, or as CSV or JSON Lines for tools. */
final class ResultOutput {
    /** The formats query commands print in. */
    enum Format {
        TABLE,
        JSONL,
        CSV;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final int MAX_CELL = 40;

    private ResultOutput() {}

    /** {@code given}, else a table on a terminal and JSON Lines into a pipe, as {@code dyad code} does. */
    static Format choose(Format given) {
        return given != null ? given : Terminal.stdoutIsTerminal() ? Format.TABLE : Format.JSONL;
    }

    static void print(QueryResult result, Format format, PrintWriter out) {
        switch (format) {
            case TABLE -> table(result, out);
            case CSV -> csv(result, out);
            case JSONL -> result.rows().forEach(row -> out.println(json(result.columns(), row)));
        }
        out.flush();
    }

    private static void table(QueryResult result, PrintWriter out) {
        int[] widths = new int[result.columns().size()];
        java.util.Arrays.fill(widths, MAX_CELL);
        TextTable table = new TextTable(result.columns(), widths, Terminal.stdoutIsTerminal());
        for (List<Object> row : result.rows()) {
            List<String> cells = new ArrayList<>();
            row.forEach(v -> cells.add(v == null ? "" : v.toString().replace('\n', ' ')));
            table.row(cells);
        }
        out.print(table.render());
        out.printf("(%d row%s)%n", result.rows().size(), result.rows().size() == 1 ? "" : "s");
    }

    private static void csv(QueryResult result, PrintWriter out) {
        out.println(String.join(
                ",", result.columns().stream().map(ResultOutput::csvCell).toList()));
        for (List<Object> row : result.rows()) {
            out.println(String.join(
                    ",",
                    row.stream()
                            .map(v -> v == null ? "" : csvCell(v.toString()))
                            .toList()));
        }
    }

    /** A CSV cell as RFC 4180 quotes it: in double quotes when it holds a comma, quote or line end. */
    static String csvCell(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    private static String json(List<String> columns, List<Object> row) {
        StringWriter s = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(s)) {
            g.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
                Object v = row.get(i);
                g.writeFieldName(columns.get(i));
                if (v == null) {
                    g.writeNull();
                } else if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
                    g.writeNumber(n.toString());
                } else if (v instanceof Boolean b) {
                    g.writeBoolean(b);
                } else {
                    g.writeString(v.toString());
                }
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s.toString();
    }
}
