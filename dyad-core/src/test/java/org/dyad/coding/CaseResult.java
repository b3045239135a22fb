package org.dyad.coding;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dyad.format.EventLine;
import org.dyad.model.ActorTaggedArticle;
import org.dyad.model.Event;
import org.dyad.model.Sentence;

/**
 * What coding a rule case gave: the actor-tagged article, its events in article order, the
 * decision taken on each verb of each sentence, and where the case's pattern files were written.
 */
record CaseResult(
        ActorTaggedArticle tagged, List<Event> events, List<Decision> decisions, Map<String, Path> patternFiles) {

    CaseResult {
        events = List.copyOf(events);
        decisions = List.copyOf(decisions);
        patternFiles = Map.copyOf(patternFiles);
    }

    List<Sentence> sentences() {
        return tagged.annotated().sentences();
    }

    /** The events as event lines, e.g. {@code [s1] IRN -112-> SYR "accused" asserted @- 2019-05-13}. */
    List<String> lines() {
        return events.stream().map(EventLine::render).toList();
    }

    /** An expected value with each {@code {name}} of a pattern file replaced by the file's path. */
    String expand(String expected) {
        String out = expected;
        for (var file : patternFiles.entrySet()) {
            out = out.replace("{" + file.getKey() + "}", file.getValue().toString());
        }
        return out;
    }

    /** The events, one line each, to show in a failure message. */
    String shown() {
        List<String> lines = lines();
        return lines.isEmpty() ? "\n  (no events)" : "\n  events:\n    " + String.join("\n    ", lines);
    }
}
