package org.dyad.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One hand-checked time expression of {@code time/voa-time-expressions.tsv}: a sentence of a
 * VOA story, the words it is about, and the reading a person gives them against the story's
 * published date, rendered as {@link #expected()} compares with the resolver's rendering.
 */
record TimeExpectation(
        int line,
        String group,
        String id,
        LocalDate published,
        String expression,
        String start,
        String end,
        String granularity,
        String basis,
        String sentence) {
    static final String RESOURCE = "time/voa-time-expressions.tsv";
    private static final int COLUMNS = 9;

    TimeExpectation {
        if (!group.equals("must") && !group.equals("weak")) {
            throw new IllegalArgumentException(RESOURCE + ":" + line + ": group '" + group + "' is not must or weak");
        }
        int at = sentence.indexOf(expression);
        if (at < 0 || sentence.indexOf(expression, at + 1) >= 0) {
            throw new IllegalArgumentException(
                    RESOURCE + ":" + line + ": '" + expression + "' must occur once in its sentence");
        }
    }

    static List<TimeExpectation> load() {
        try (InputStream in = TimeExpectation.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + RESOURCE + " is missing");
            }
            List<TimeExpectation> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
                n++;
                if (raw.isBlank() || raw.startsWith("#") || raw.startsWith("group\t")) {
                    continue;
                }
                String[] f = raw.split("\t");
                if (f.length != COLUMNS) {
                    throw new IllegalArgumentException(
                            RESOURCE + ":" + n + ": want " + COLUMNS + " columns, got " + f.length);
                }
                out.add(new TimeExpectation(n, f[0], f[1], LocalDate.parse(f[2]), f[3], f[4], f[5], f[6], f[7], f[8]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reading as the test renders it: "2025-03-03..2025-03-09 week relative", "- month unresolved", "none". */
    String expected() {
        return basis.equals("none") ? "none" : render(start, end, granularity, basis);
    }

    /** The same expression with no published date: what counts from publication can no longer be dated. */
    String expectedUndated() {
        return basis.equals("relative") ? "- " + granularity + " unresolved" : expected();
    }

    static String render(String start, String end, String granularity, String basis) {
        return (start.equals("-") ? "-" : start + ".." + end) + " " + granularity + " " + basis;
    }

    int charStart() {
        return sentence.indexOf(expression);
    }

    int charEnd() {
        return charStart() + expression.length();
    }

    @Override
    public String toString() {
        return "line " + line + " [" + id + " " + published + "] '" + expression + "'";
    }
}
