package org.dyad.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** The tab-separated cells of one row, and the small parsers every reader needs. */
final class Cells {
    private final String[] cells;

    Cells(String line) {
        this.cells = line.split("\t", -1);
    }

    int size() {
        return cells.length;
    }

    /** Cell {@code i}, trimmed ("" past the end). */
    String get(int i) {
        return i < cells.length ? cells[i].strip() : "";
    }

    /** Cell {@code i} when it is not blank. */
    Optional<String> text(int i) {
        String v = get(i);
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    List<String> all() {
        return List.of(cells);
    }

    /** A number, "" and anything else that is not one as empty. */
    static OptionalDouble number(String value) {
        try {
            double d = Double.parseDouble(value.strip());
            return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** A latitude or longitude: a number within {@code limit} of zero, else empty. */
    static OptionalDouble coordinate(String value, double limit) {
        OptionalDouble d = number(value);
        return d.isPresent() && Math.abs(d.getAsDouble()) <= limit ? d : OptionalDouble.empty();
    }

    /** A day written 2019-05-06 or 20190506. */
    static LocalDate date(String value) throws MalformedRow {
        String v = value.strip();
        try {
            if (v.matches("\\d{8}")) {
                return LocalDate.of(
                        Integer.parseInt(v.substring(0, 4)),
                        Integer.parseInt(v.substring(4, 6)),
                        Integer.parseInt(v.substring(6, 8)));
            }
            return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (DateTimeException e) {
            throw new MalformedRow(v.isEmpty() ? "no date" : "date '" + v + "' is not YYYY-MM-DD or YYYYMMDD");
        }
    }
}
