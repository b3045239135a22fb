package org.dyad.actors.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the date ranges that UniversalPetrarch's Arabic actors close with 1800-01-01
 * ({@code [ISRELI 20090331-18000101]}), the stand-in its generator wrote for "no end yet": each
 * becomes the open restriction {@code [ISRELI >20090331]}, which is what it says (Ehud Olmert is
 * ISRGOV up to 2009-03-31 and ISRELI after). Read as written, such a range ends before it starts
 * and never applies. One line for one line, so line numbers stay right.
 *
 * @param lines the rewritten lines
 * @param rewritten how many ranges were rewritten
 */
public record OpenEndDates(List<String> lines, int rewritten) {
    /** The end date that stands for an open end. */
    public static final String OPEN_END = "18000101";

    private static final Pattern RANGE =
            Pattern.compile("(\\[\\s*\\S+\\s+)(\\d{6,8})\\s*-\\s*" + OPEN_END + "(\\s*\\])");

    public OpenEndDates {
        lines = List.copyOf(lines);
    }

    public static OpenEndDates rewrite(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        int count = 0;
        for (String line : lines) {
            Matcher m = RANGE.matcher(line);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + ">" + m.group(2) + m.group(3)));
                count++;
            }
            m.appendTail(sb);
            out.add(sb.toString());
        }
        return new OpenEndDates(out, count);
    }
}
