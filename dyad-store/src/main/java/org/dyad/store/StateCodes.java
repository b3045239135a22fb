package org.dyad.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The numeric codes political scientists key states by, for each ISO 3166-1 alpha-3 code: the
 * Correlates of War (COW) state code and the Gleditsch-Ward (GW) code, current codes only, from
 * {@code dyad/states/state-codes.tsv} (its SOURCES.md says where the table comes from).
 */
record StateCodes(List<StateCodes.Row> rows) {
    static final String RESOURCE = "dyad/states/state-codes.tsv";

    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    /** One state: its ISO alpha-3 code, COW and GW codes (empty where the list has none) and English name. */
    record Row(String iso3, OptionalInt cown, OptionalInt gwn, String name) {
        Row {
            if (!ISO3.matcher(iso3).matches()) {
                throw new IllegalArgumentException("'" + iso3 + "' is no ISO 3166-1 alpha-3 code");
            }
        }
    }

    StateCodes {
        rows = List.copyOf(rows);
    }

    /** The table shipped with dyad. */
    static StateCodes shipped() {
        try (InputStream in = StateCodes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    static StateCodes parse(BufferedReader in) throws IOException {
        List<Row> rows = new ArrayList<>();
        String header = in.readLine();
        if (header == null || !header.startsWith("iso3c\tcown\tgwn\t")) {
            throw new IllegalStateException(RESOURCE + ": the header is not iso3c, cown, gwn, country_name");
        }
        int line = 1;
        for (String s = in.readLine(); s != null; s = in.readLine()) {
            line++;
            if (s.isBlank()) {
                continue;
            }
            String[] cells = s.split("\t", -1);
            if (cells.length != 4) {
                throw new IllegalStateException(RESOURCE + ":" + line + ": " + cells.length + " columns, not 4");
            }
            rows.add(new Row(cells[0], code(cells[1]), code(cells[2]), cells[3]));
        }
        return new StateCodes(rows);
    }

    private static OptionalInt code(String cell) {
        return cell.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(cell));
    }

    /**
     * The table as a SQL query with the columns {@code iso3c, cown, gwn}. The values come from
     * dyad's own file and were checked when read (three capital letters, integers), so they are
     * written into the SQL as literals.
     */
    String sql() {
        StringBuilder values = new StringBuilder();
        for (Row r : rows) {
            values.append(values.isEmpty() ? "" : ", ")
                    .append("('")
                    .append(r.iso3())
                    .append("', ")
                    .append(literal(r.cown()))
                    .append(", ")
                    .append(literal(r.gwn()))
                    .append(')');
        }
        return "SELECT iso3c, CAST(cown AS INTEGER) AS cown, CAST(gwn AS INTEGER) AS gwn FROM (VALUES " + values
                + ") AS v(iso3c, cown, gwn)";
    }

    private static String literal(OptionalInt code) {
        return code.isPresent() ? Integer.toString(code.getAsInt()) : "NULL";
    }
}
