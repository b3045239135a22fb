package org.dyad.coding.cameo.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dyad.model.OneLine;

/** The diagnostics of reading one file, each rendered as {@code file:line: why} on one line, in line order. */
public final class Diagnostics {

    private record Entry(int line, String why) {}

    private final String file;
    private final List<Entry> entries = new ArrayList<>();

    public Diagnostics(String file) {
        this.file = file;
    }

    public void add(int line, String why) {
        entries.add(new Entry(line, why));
    }

    public List<String> rendered() {
        return entries.stream()
                .sorted(Comparator.comparingInt(Entry::line))
                .map(e -> OneLine.of(file + ":" + e.line() + ": " + e.why()))
                .toList();
    }
}
