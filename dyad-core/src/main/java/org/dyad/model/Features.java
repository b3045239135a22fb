package org.dyad.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The morphological features of a word in Universal Dependencies' notation: named features, each
 * with one or more values, as in {@code Tense=Past|VerbForm=Part} or {@code PronType=Int,Rel}.
 * Names sort as UD writes them (alphabetically, ignoring case) and so do the values of a name.
 */
public record Features(SortedMap<String, List<String>> values) {
    /** No features ("_" in UD's notation). */
    public static final Features NONE = new Features(new TreeMap<>());

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z0-9]*(\\[[a-z0-9]+])?");
    private static final Pattern VALUE = Pattern.compile("[A-Z0-9][A-Za-z0-9]*");
    /** UD's order, ignoring case; case breaks ties so that a lookup is exact. */
    private static final Comparator<String> ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    public Features {
        Objects.requireNonNull(values, "values");
        SortedMap<String, List<String>> copy = new TreeMap<>(ORDER);
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            String name = Objects.requireNonNull(e.getKey(), "feature name");
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("feature name \"" + name + "\" is not a UD feature name");
            }
            List<String> vs = new ArrayList<>(Objects.requireNonNull(e.getValue(), name));
            if (vs.isEmpty()) {
                throw new IllegalArgumentException("feature " + name + " has no value");
            }
            for (String v : vs) {
                if (v == null || !VALUE.matcher(v).matches()) {
                    throw new IllegalArgumentException("feature " + name + " has the bad value \"" + v + "\"");
                }
            }
            vs.sort(ORDER);
            if (vs.stream().distinct().count() < vs.size()) {
                throw new IllegalArgumentException("feature " + name + " repeats a value: " + vs);
            }
            if (copy.put(name, List.copyOf(vs)) != null) {
                throw new IllegalArgumentException("feature " + name + " is given twice");
            }
        }
        values = Collections.unmodifiableSortedMap(copy);
    }

    /** The features written in UD's notation: {@code Tense=Past|VerbForm=Part}, or "_" for none. */
    public static Features parse(String text) {
        Objects.requireNonNull(text, "features");
        if (text.equals("_")) {
            return NONE;
        }
        SortedMap<String, List<String>> values = new TreeMap<>();
        for (String pair : text.split("\\|", -1)) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("\"" + pair + "\" in features \"" + text + "\" is not Name=Value");
            }
            String name = pair.substring(0, eq);
            if (values.put(name, List.of(pair.substring(eq + 1).split(",", -1))) != null) {
                throw new IllegalArgumentException("feature " + name + " is given twice in \"" + text + "\"");
            }
        }
        return new Features(values);
    }

    /** Whether feature {@code name} has {@code value} among its values: {@code has("PronType", "Rel")} for "Int,Rel". */
    public boolean has(String name, String value) {
        List<String> vs = values.get(name);
        return vs != null && vs.contains(value);
    }

    /** Whether feature {@code name} has any value. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** UD's notation: {@code Tense=Past|VerbForm=Part}, or "_" for none. */
    @Override
    public String toString() {
        if (values.isEmpty()) {
            return "_";
        }
        StringBuilder sb = new StringBuilder();
        values.forEach((name, vs) -> {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(name).append('=').append(String.join(",", vs));
        });
        return sb.toString();
    }
}
