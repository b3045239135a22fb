package org.dyad.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The confusion table of PLOVER types: for the gold events that give a {@code plover} list, how
 * often each gold type (a row; a list of several types is one row, {@code AID|SUPPORT}) was coded
 * as each type (a column) by the best coded event of the same article and sentence with the gold's
 * roles (as far as the scorer checked them), or got an event of no type
 * ({@value GoldOutcome#NO_TYPE}) or no such event at all ({@value GoldOutcome#NO_EVENT}). Rows and
 * columns are sorted by name, the two special columns last.
 */
public record Confusion(SortedMap<String, SortedMap<String, Integer>> cells) {

    public Confusion {
        SortedMap<String, SortedMap<String, Integer>> copy = new TreeMap<>();
        cells.forEach((row, cols) -> copy.put(row, Collections.unmodifiableSortedMap(new TreeMap<>(cols))));
        cells = Collections.unmodifiableSortedMap(copy);
    }

    /** The table of the outcomes whose gold event gives PLOVER types. */
    public static Confusion of(List<GoldOutcome> outcomes) {
        SortedMap<String, SortedMap<String, Integer>> cells = new TreeMap<>();
        for (GoldOutcome o : outcomes) {
            o.gold()
                    .plover()
                    .ifPresent(types -> cells.computeIfAbsent(types.label(), k -> new TreeMap<>())
                            .merge(o.codedType(), 1, Integer::sum));
        }
        return new Confusion(cells);
    }

    public List<String> rows() {
        return List.copyOf(cells.keySet());
    }

    /** The columns that have a count, types by name, then {@value GoldOutcome#NO_TYPE} and {@value GoldOutcome#NO_EVENT}. */
    public List<String> columns() {
        TreeMap<String, Boolean> types = new TreeMap<>();
        cells.values().forEach(cols -> cols.keySet().forEach(c -> types.put(c, true)));
        List<String> out = new ArrayList<>(types.keySet());
        List<String> special = Stream.of(GoldOutcome.NO_TYPE, GoldOutcome.NO_EVENT)
                .filter(out::remove)
                .toList();
        out.addAll(special);
        return out;
    }

    public int count(String row, String column) {
        return cells.getOrDefault(row, Collections.emptySortedMap()).getOrDefault(column, 0);
    }

    public int rowTotal(String row) {
        return cells.getOrDefault(row, Collections.emptySortedMap()).values().stream()
                .mapToInt(Integer::intValue)
                .sum();
    }

    /** How many of the row's gold events were coded with one of the row's own types (the diagonal). */
    public int rowRight(String row) {
        return List.of(row.split("\\|")).stream().mapToInt(t -> count(row, t)).sum();
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }
}
