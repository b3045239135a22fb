package org.dyad.analysis;

import static org.dyad.analysis.internal.Xml.escape;
import static org.dyad.analysis.internal.Xml.number;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Draws several sources' timelines of one dyad as a standalone SVG image: one line per source of
 * its number of events per period, on one time axis running from the first period any source has
 * to the last, with a legend naming the sources. All text is XML-escaped.
 */
public final class SourcesChart {
    private static final String[] COLOURS = {"#1f3b73", "#c0392b", "#2e8b57", "#f4a261", "#7b2cbf", "#555555"};
    private static final int WIDTH = 900;
    private static final int HEIGHT = 400;
    private static final double LEFT = 70;
    private static final double RIGHT = WIDTH - 40;
    private static final double TOP = 70;
    private static final double BOTTOM = HEIGHT - 70;
    private static final int MAX_X_LABELS = 12;

    public void write(List<SourceTimelines.Labelled> timelines, Writer out) throws IOException {
        out.write(render(timelines));
    }

    public String render(List<SourceTimelines.Labelled> timelines) {
        if (timelines.isEmpty()) {
            throw new IllegalArgumentException("no timeline to draw");
        }
        Timeline first = timelines.get(0).timeline();
        Period period = first.period();
        List<LocalDate> starts = periods(timelines, period);
        List<Map<LocalDate, Integer>> counts = new ArrayList<>();
        int max = 1;
        for (SourceTimelines.Labelled l : timelines) {
            Map<LocalDate, Integer> byStart = new HashMap<>();
            l.timeline().rows().forEach(r -> byStart.put(r.start(), r.total()));
            counts.add(byStart);
            max = Math.max(
                    max,
                    byStart.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        }
        StringBuilder svg = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                        + " font-family=\"sans-serif\" font-size=\"12\">\n",
                WIDTH,
                HEIGHT,
                WIDTH,
                HEIGHT));
        String title =
                "Events " + first.dyad().label() + " by " + period.name().toLowerCase(Locale.ROOT) + ", by source";
        svg.append("<title>").append(escape(title)).append("</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        text(svg, WIDTH / 2.0, 24, "middle", "font-size=\"16\" font-weight=\"bold\"", title);
        axes(svg, max, starts, period);
        for (int i = 0; i < timelines.size(); i++) {
            String colour = COLOURS[i % COLOURS.length];
            double x = LEFT + i * 150;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%s\" y1=\"44\" x2=\"%s\" y2=\"44\" stroke=\"%s\" stroke-width=\"3\"/>\n",
                    number(x),
                    number(x + 18),
                    colour));
            text(svg, x + 22, 48, "start", "", timelines.get(i).source());
            series(svg, starts, counts.get(i), max, colour);
        }
        return svg.append("</svg>\n").toString();
    }

    /** Every period from the earliest any source has to the latest, gaps included. */
    private static List<LocalDate> periods(List<SourceTimelines.Labelled> timelines, Period period) {
        TreeSet<LocalDate> all = new TreeSet<>();
        timelines.forEach(l -> l.timeline().rows().forEach(r -> all.add(r.start())));
        List<LocalDate> out = new ArrayList<>();
        if (!all.isEmpty()) {
            for (LocalDate d = all.first(); !d.isAfter(all.last()); d = period.next(d)) {
                out.add(d);
            }
        }
        return out;
    }

    private static double x(int i, int n) {
        return n <= 1 ? (LEFT + RIGHT) / 2 : LEFT + (RIGHT - LEFT) * i / (n - 1);
    }

    private static double y(int count, int max) {
        return BOTTOM - (BOTTOM - TOP) * count / max;
    }

    private static void series(
            StringBuilder svg, List<LocalDate> starts, Map<LocalDate, Integer> counts, int max, String colour) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < starts.size(); i++) {
            int c = counts.getOrDefault(starts.get(i), 0);
            points.append(points.length() == 0 ? "" : " ")
                    .append(number(x(i, starts.size())))
                    .append(',')
                    .append(number(y(c, max)));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>\n",
                colour,
                points));
    }

    private static void axes(StringBuilder svg, int max, List<LocalDate> starts, Period period) {
        svg.append(String.format(
                Locale.ROOT,
                "<path d=\"M%s %s V%s H%s\" fill=\"none\" stroke=\"#333\"/>\n",
                number(LEFT),
                number(TOP),
                number(BOTTOM),
                number(RIGHT)));
        text(svg, LEFT - 8, BOTTOM + 4, "end", "", "0");
        text(svg, LEFT - 8, TOP + 4, "end", "", Integer.toString(max));
        text(
                svg,
                18,
                (TOP + BOTTOM) / 2,
                "middle",
                "transform=\"rotate(-90 18 " + number((TOP + BOTTOM) / 2) + ")\"",
                "events");
        int step = Math.max(1, (starts.size() + MAX_X_LABELS - 1) / MAX_X_LABELS);
        for (int i = 0; i < starts.size(); i += step) {
            text(svg, x(i, starts.size()), BOTTOM + 18, "middle", "", period.label(starts.get(i)));
        }
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String extra, String text) {
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%s\" y=\"%s\" text-anchor=\"%s\"%s>%s</text>\n",
                number(x),
                number(y),
                anchor,
                extra.isEmpty() ? "" : " " + extra,
                escape(text)));
    }
}
