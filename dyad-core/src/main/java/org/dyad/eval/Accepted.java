package org.dyad.eval;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What one field of a gold event accepts, as the gold file gives it: a list of values (a JSON
 * null among them stands for "no value") or a single string. The scorer reads it the way
 * {@code score_events.py} does, and Python reads a single string in two ways: as a one-value list
 * for the role fields ({@code one_of}), but as a string to search for the other fields
 * ({@code "1" in "19"} holds), so both readings are kept here rather than normalised away.
 *
 * @param values the accepted values; for a single string, just that string
 * @param single whether the file gave a plain string rather than a list
 */
public record Accepted(List<Optional<String>> values, boolean single) {

    public Accepted {
        values = List.copyOf(values);
        if (single && (values.size() != 1 || values.get(0).isEmpty())) {
            throw new IllegalArgumentException("a single accepted value must be one string, not " + values);
        }
    }

    /** A list of accepted strings. */
    public static Accepted of(String... values) {
        return new Accepted(List.of(values).stream().map(Optional::of).toList(), false);
    }

    /** A plain string, as {@code "cameo_root": "19"} gives it. */
    public static Accepted text(String value) {
        return new Accepted(List.of(Optional.of(value)), true);
    }

    /**
     * Python's {@code value in field}: membership in the list, or for a single string, whether
     * {@code value} is part of it (an absent value is never part of a string).
     */
    public boolean holds(Optional<String> value) {
        if (single) {
            return value.isPresent() && values.get(0).orElseThrow().contains(value.get());
        }
        return values.contains(value);
    }

    /** Python's {@code value in one_of(field)}: equal to one of the values, a single string being a list of one. */
    public boolean anyEquals(Optional<String> value) {
        return values.contains(value);
    }

    /**
     * The items Python's {@code for want in field} visits: the list's values (null read as the
     * empty string, as {@code norm(None)} is), or for a single string each of its characters.
     */
    public List<String> items() {
        if (single) {
            return values.get(0)
                    .orElseThrow()
                    .codePoints()
                    .mapToObj(Character::toString)
                    .toList();
        }
        return values.stream().map(v -> v.orElse("")).toList();
    }

    /** The values for people: {@code 03|04}, {@code null} for an absent value. */
    public String label() {
        return values.stream().map(v -> v.orElse("null")).collect(Collectors.joining("|"));
    }

    @Override
    public String toString() {
        return single ? '"' + values.get(0).orElseThrow() + '"' : label();
    }
}
