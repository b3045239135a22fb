package org.dyad.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The columns a header line names, found by name without regard to case or surrounding space. */
final class Header {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names;

    Header(String line) {
        names = List.of(line.split("\t", -1));
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(key(names.get(i)), i);
        }
    }

    /** The column of the first of {@code names} the header has. */
    Optional<Integer> column(String... candidates) {
        for (String name : candidates) {
            Integer i = index.get(key(name));
            if (i != null) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The column named {@code name}; a header without it is not of this format. */
    int required(String format, String name) throws MalformedRow {
        return column(name)
                .orElseThrow(
                        () -> new MalformedRow("not " + format + " events: the header has no '" + name + "' column"));
    }

    /** The cell under {@code column} ("" when the header has no such column). */
    static String cell(Cells cells, Optional<Integer> column) {
        return column.map(cells::get).orElse("");
    }

    /** The row as a JSON object of header name to cell, so that nothing of the dataset's is lost. */
    String json(Cells cells) {
        com.fasterxml.jackson.databind.node.ObjectNode o =
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < Math.max(names.size(), cells.size()); i++) {
            o.put(
                    i < names.size() ? names.get(i).strip() : "column " + (i + 1),
                    i < cells.size() ? cells.all().get(i) : "");
        }
        return o.toString();
    }

    int size() {
        return names.size();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
