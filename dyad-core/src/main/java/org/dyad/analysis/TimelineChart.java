package org.dyad.analysis;

import static org.dyad.analysis.internal.Xml.escape;
import static org.dyad.analysis.internal.Xml.number;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Draws a timeline as a standalone SVG image: stacked bars of event counts by quad class
 * (left axis), the mean Goldstein weight as a line on a fixed -10..+10 right axis, a title,
 * axis labels, a legend, and optional dashed vertical markers at the start of the periods where
 * shifts were detected. The line breaks over periods without events rather than drawing a mean
 * that does not exist. All text is XML-escaped; the output is well-formed XML.
 */
public final class TimelineChart {

    private static final String[] QUAD_COLOURS = {"#9ad29a", "#2e8b57", "#f4a261", "#c0392b"};
    private static final String LINE_COLOUR = "#1f3b73";
    private static final String MARKER_COLOUR = "#7b2cbf";
    private static final int WIDTH = 900;
    private static final int HEIGHT = 440;
    private static final double LEFT = 70;
    private static final double RIGHT = WIDTH - 80;
    private static final double TOP = 70;
    private static final double BOTTOM = HEIGHT - 90;
    private static final int MAX_X_LABELS = 14;

    public void write(Timeline timeline, List<LocalDate> markers, Writer out) throws IOException {
        out.write(render(timeline, markers));
    }

    /** The SVG document; {@code markers} are dates, each drawn at the start of the period containing it. */
    public String render(Timeline timeline, List<LocalDate> markers) {
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                        + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">\n",
                WIDTH,
                HEIGHT,
                WIDTH,
                HEIGHT));
        String title = "Events " + timeline.dyad().label() + " by " + periodName(timeline.period());
        svg.append("<title>").append(escape(title)).append("</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        text(svg, WIDTH / 2.0, 24, "middle", "font-size=\"16\" font-weight=\"bold\"", title);
        legend(svg);
        List<TimelineRow> rows = timeline.rows();
        int countMax =
                niceCeiling(rows.stream().mapToInt(TimelineRow::total).max().orElse(0));
        axes(svg, countMax, timeline.period());
        double slot = rows.isEmpty() ? 0 : (RIGHT - LEFT) / rows.size();
        bars(svg, rows, slot, countMax);
        goldsteinLine(svg, rows, slot);
        xLabels(svg, rows, slot);
        markers(svg, timeline, markers, slot);
        if (rows.isEmpty()) {
            text(svg, (LEFT + RIGHT) / 2, (TOP + BOTTOM) / 2, "middle", "", "no events");
        }
        return svg.append("</svg>\n").toString();
    }

    private static void legend(StringBuilder svg) {
        double x = LEFT;
        for (int quad = 1; quad <= 4; quad++) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%s\" y=\"38\" width=\"12\" height=\"12\" fill=\"%s\"/>\n",
                    number(x),
                    QUAD_COLOURS[quad - 1]));
            text(svg, x + 16, 48, "start", "", QuadCounts.name(quad));
            x += 150;
        }
        line(svg, x, 44, x + 18, 44, LINE_COLOUR, "stroke-width=\"2\"");
        text(svg, x + 22, 48, "start", "", "mean Goldstein");
        x += 125;
        line(svg, x + 6, 36, x + 6, 52, MARKER_COLOUR, "stroke-dasharray=\"4 3\"");
        text(svg, x + 12, 48, "start", "", "shift");
    }

    private static void axes(StringBuilder svg, int countMax, Period period) {
        line(svg, LEFT, TOP, LEFT, BOTTOM, "#333", "");
        line(svg, RIGHT, TOP, RIGHT, BOTTOM, "#333", "");
        line(svg, LEFT, BOTTOM, RIGHT, BOTTOM, "#333", "");
        for (int i = 0; i <= 5; i++) {
            double value = countMax * i / 5.0;
            double y = countY(value, countMax);
            line(svg, LEFT - 4, y, LEFT, y, "#333", "");
            text(svg, LEFT - 7, y + 4, "end", "", number(value));
        }
        for (int g = -10; g <= 10; g += 5) {
            double y = goldsteinY(g);
            line(svg, RIGHT, y, RIGHT + 4, y, "#333", "");
            text(svg, RIGHT + 7, y + 4, "start", "", (g > 0 ? "+" : "") + g);
        }
        line(svg, LEFT, goldsteinY(0), RIGHT, goldsteinY(0), "#bbb", "stroke-dasharray=\"2 3\"");
        double middle = (TOP + BOTTOM) / 2;
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"20\" y=\"%s\" text-anchor=\"middle\" transform=\"rotate(-90 20 %s)\">" + "events</text>\n",
                number(middle),
                number(middle)));
        double right = WIDTH - 18;
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%s\" y=\"%s\" text-anchor=\"middle\" transform=\"rotate(90 %s %s)\">"
                        + "mean Goldstein</text>\n",
                number(right),
                number(middle),
                number(right),
                number(middle)));
        text(svg, (LEFT + RIGHT) / 2, HEIGHT - 12, "middle", "", periodName(period) + " starting");
    }

    private static void bars(StringBuilder svg, List<TimelineRow> rows, double slot, int countMax) {
        double barWidth = Math.max(1, slot * 0.8);
        for (int i = 0; i < rows.size(); i++) {
            TimelineRow row = rows.get(i);
            double x = LEFT + i * slot + (slot - barWidth) / 2;
            int below = 0;
            for (int quad = 1; quad <= 4; quad++) {
                int count = row.counts().get(quad);
                if (count == 0) {
                    continue;
                }
                double top = countY(below + count, countMax);
                double height = countY(below, countMax) - top;
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\">"
                                + "<title>%s</title></rect>\n",
                        number(x),
                        number(top),
                        number(barWidth),
                        number(height),
                        QUAD_COLOURS[quad - 1],
                        escape(row.label() + ": " + count + " " + QuadCounts.name(quad))));
                below += count;
            }
        }
    }

    private static void goldsteinLine(StringBuilder svg, List<TimelineRow> rows, double slot) {
        StringBuilder path = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).meanGoldstein().isEmpty()) {
                drawing = false;
                continue;
            }
            double mean = rows.get(i).meanGoldstein().getAsDouble();
            double x = LEFT + (i + 0.5) * slot;
            path.append(drawing ? " L" : (path.length() == 0 ? "M" : " M"))
                    .append(number(x))
                    .append(' ')
                    .append(number(goldsteinY(mean)));
            drawing = true;
            svg.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%s\" cy=\"%s\" r=\"2.5\" fill=\"%s\"/>\n",
                    number(x),
                    number(goldsteinY(mean)),
                    LINE_COLOUR));
        }
        if (path.length() > 0) {
            svg.append("<path d=\"")
                    .append(path)
                    .append("\" fill=\"none\" stroke=\"")
                    .append(LINE_COLOUR)
                    .append("\" stroke-width=\"2\"/>\n");
        }
    }

    private static void xLabels(StringBuilder svg, List<TimelineRow> rows, double slot) {
        int every = Math.max(1, (int) Math.ceil(rows.size() / (double) MAX_X_LABELS));
        for (int i = 0; i < rows.size(); i += every) {
            double x = LEFT + (i + 0.5) * slot;
            double y = BOTTOM + 14;
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%s\" y=\"%s\" text-anchor=\"end\" transform=\"rotate(-40 %s %s)\">" + "%s</text>\n",
                    number(x),
                    number(y),
                    number(x),
                    number(y),
                    escape(rows.get(i).label())));
        }
    }

    private static void markers(StringBuilder svg, Timeline timeline, List<LocalDate> markers, double slot) {
        List<TimelineRow> rows = timeline.rows();
        for (LocalDate marker : markers) {
            LocalDate start = timeline.period().start(marker);
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).start().equals(start)) {
                    double x = LEFT + i * slot;
                    svg.append(String.format(
                            Locale.ROOT,
                            "<line class=\"shift\" x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\""
                                    + " stroke=\"%s\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"><title>%s</title></line>\n",
                            number(x),
                            number(TOP),
                            number(x),
                            number(BOTTOM),
                            MARKER_COLOUR,
                            escape("shift around " + marker)));
                }
            }
        }
    }

    private static double countY(double count, int countMax) {
        return BOTTOM - (BOTTOM - TOP) * count / countMax;
    }

    private static double goldsteinY(double goldstein) {
        return BOTTOM - (BOTTOM - TOP) * (goldstein + 10) / 20;
    }

    /** The smallest of 1, 2, 5, 10, 20, 50, ... at or above {@code max}, so axis ticks are round. */
    static int niceCeiling(int max) {
        int step = 1;
        while (true) {
            for (int factor : new int[] {1, 2, 5}) {
                if (step * factor >= max) {
                    return Math.max(1, step * factor);
                }
            }
            step *= 10;
        }
    }

    private static String periodName(Period period) {
        return period.name().toLowerCase(Locale.ROOT);
    }

    private static void line(
            StringBuilder svg, double x1, double y1, double x2, double y2, String colour, String extra) {
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" %s/>\n",
                number(x1),
                number(y1),
                number(x2),
                number(y2),
                colour,
                extra));
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String extra, String content) {
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%s\" y=\"%s\" text-anchor=\"%s\" %s>%s</text>\n",
                number(x),
                number(y),
                anchor,
                extra,
                escape(content)));
    }
}
