package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Dependency;
import org.dyad.model.TimeMention;

/**
 * What CoreNLP's stock annotators leave on a sentence, read as dyad's: depparse's basic
 * dependencies and SUTime's time expressions (the full English profile, and Spanish).
 */
final class StockReadings {
    private StockReadings() {}

    /** The basic dependencies depparse left on {@code s}, if it parsed it. */
    static List<Dependency> arcs(CoreMap s) {
        SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        return graph == null ? List.of() : Arcs.of(graph);
    }

    /** SUTime's expressions as ner left them: runs of tokens that carry the same TIMEX3 (the same tid). */
    static List<TimeMention> times(List<CoreLabel> labels, String text) {
        List<TimeMention> out = new ArrayList<>();
        int i = 0;
        while (i < labels.size()) {
            Timex timex = labels.get(i).get(TimeAnnotations.TimexAnnotation.class);
            if (timex == null) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < labels.size()
                    && sameTimex(timex, labels.get(end).get(TimeAnnotations.TimexAnnotation.class))) {
                end++;
            }
            Timex.Range range = timex.range();
            out.add(new TimeMention(
                    i,
                    end,
                    text.substring(
                            labels.get(i).beginPosition(), labels.get(end - 1).endPosition()),
                    Optional.ofNullable(timex.value()),
                    nonNull(timex.timexType(), "DATE"),
                    Optional.ofNullable(range == null ? null : range.begin),
                    Optional.ofNullable(range == null ? null : range.end)));
            i = end;
        }
        return out;
    }

    private static boolean sameTimex(Timex first, Timex other) {
        return other != null
                && (other == first || (first.tid() != null && first.tid().equals(other.tid())));
    }

    private static String nonNull(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
