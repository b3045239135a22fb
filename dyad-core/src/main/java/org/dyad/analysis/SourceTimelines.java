package org.dyad.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Several sources' timelines of one dyad, each labelled with its source's name: as one table
 * block per source for people, or as one CSV whose first column names the source. Each block is
 * {@link TimelineWriter}'s own, so a source's rows read as they would alone.
 */
public final class SourceTimelines {
    /** A source's name and its timeline of the dyad. */
    public record Labelled(String source, Timeline timeline) {
        public Labelled {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(timeline, "timeline");
        }
    }

    private SourceTimelines() {}

    /** One block per source, each headed "source NAME" and separated by an empty line. */
    public static String table(List<Labelled> timelines) {
        TimelineWriter writer = new TimelineWriter();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < timelines.size(); i++) {
            Labelled l = timelines.get(i);
            out.append(i > 0 ? "\n" : "").append("source ").append(l.source()).append('\n');
            out.append(writer.table(l.timeline()));
        }
        return out.toString();
    }

    /** The timeline CSV with a leading {@code source} column, the sources' rows one after another. */
    public static String csv(List<Labelled> timelines) {
        TimelineWriter writer = new TimelineWriter();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < timelines.size(); i++) {
            Labelled l = timelines.get(i);
            List<String> lines = writer.csv(l.timeline()).lines().toList();
            if (i == 0) {
                out.append("source,").append(lines.get(0)).append('\n');
            }
            // Source names are letters, digits, '.', '_' and '-': no CSV quoting is needed.
            lines.subList(1, lines.size())
                    .forEach(line ->
                            out.append(l.source()).append(',').append(line).append('\n'));
        }
        return out.toString();
    }
}
