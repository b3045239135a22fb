package org.dyad.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code dyad bench} measured: the corpus's counts, the load time, steady-state throughput
 * and where the time went. The stage seconds are summed over the worker threads, so with N threads
 * they add up to about N times the wall-clock seconds; the shares are of their sum.
 *
 * @param stageSeconds every stage reported, by name: "nlp.*" are CoreNLP's annotators and dyad's
 *                     conversion of their output, "annotate" contains them, "qualify" contains
 *                     "attribution", "time" and "place"
 * @param peakHeapMb   the largest heap in use just after a garbage collection, models included
 */
record BenchReport(
        String nlp,
        int threads,
        int warmupArticles,
        int articles,
        int failed,
        int sentences,
        long tokens,
        int events,
        double loadSeconds,
        double seconds,
        Map<String, Double> stageSeconds,
        double peakHeapMb,
        double maxHeapMb) {

    /** The stages that are all of one worker's time, without overlap. */
    private static final String[] TOP = {"annotate", "actors", "coding", "qualify", "writing"};
    /** What dyad's own code does inside "annotate": CoreNLP's annotators are the rest. */
    private static final String OWN_NLP = "nlp.convert";

    double busySeconds() {
        double sum = 0;
        for (String s : TOP) {
            sum += stageSeconds.getOrDefault(s, 0.0);
        }
        return sum;
    }

    /** The share of the busy time spent outside CoreNLP's annotators: reading their output, actors, coding, qualify, writing. */
    double ownStageShare() {
        double corenlp = 0;
        for (Map.Entry<String, Double> e : stageSeconds.entrySet()) {
            if (e.getKey().startsWith("nlp.") && !e.getKey().equals(OWN_NLP)) {
                corenlp += e.getValue();
            }
        }
        double busy = busySeconds();
        return busy <= 0 ? 0 : Math.max(0, Math.min(1, (busy - corenlp) / busy));
    }

    /** Each stage's share of the busy time (0-1), in the order of the flow. */
    Map<String, Double> stageShares() {
        Map<String, Double> out = new LinkedHashMap<>();
        double busy = busySeconds();
        stageSeconds.forEach((stage, s) -> out.put(stage, busy <= 0 ? 0 : Math.min(1, s / busy)));
        return out;
    }

    private double perSecond(double count) {
        return seconds <= 0 ? 0 : count / seconds;
    }

    String json() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode o = mapper.createObjectNode();
        o.put("nlp", nlp);
        o.put("threads", threads);
        o.put("warmup_articles", warmupArticles);
        o.put("articles", articles);
        o.put("failed", failed);
        o.put("sentences", sentences);
        o.put("tokens", tokens);
        o.put("events", events);
        o.put("load_seconds", round(loadSeconds));
        o.put("seconds", round(seconds));
        o.put("articles_per_second", round(perSecond(articles)));
        o.put("sentences_per_second", round(perSecond(sentences)));
        o.put("tokens_per_second", round(perSecond(tokens)));
        o.put("events_per_second", round(perSecond(events)));
        ObjectNode shares = o.putObject("stage_share");
        stageShares().forEach((stage, share) -> shares.put(stage, round(share)));
        ObjectNode secs = o.putObject("stage_seconds");
        stageSeconds.forEach((stage, s) -> secs.put(stage, round(s)));
        o.put("own_stage_share", round(ownStageShare()));
        o.put("peak_heap_mb", Math.round(peakHeapMb));
        o.put("max_heap_mb", Math.round(maxHeapMb));
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the bench report", e);
        }
    }

    String table() {
        StringBuilder b = new StringBuilder();
        line(b, "NLP", nlp);
        line(b, "threads", threads + " (warm-up: " + warmupArticles + " article(s), not counted)");
        line(
                b,
                "coded",
                String.format(
                        Locale.ROOT,
                        "%d article(s) (%d failed), %d sentences, %d tokens, %d events",
                        articles,
                        failed,
                        sentences,
                        tokens,
                        events));
        line(b, "load", String.format(Locale.ROOT, "%.1f s (models and dictionaries)", loadSeconds));
        line(
                b,
                "coding",
                String.format(
                        Locale.ROOT,
                        "%.1f s: %.2f articles/s, %.1f sentences/s, %.0f tokens/s, %.1f events/s",
                        seconds,
                        perSecond(articles),
                        perSecond(sentences),
                        perSecond(tokens),
                        perSecond(events)));
        line(
                b,
                "own stages",
                String.format(Locale.ROOT, "%.1f%% of the time (all but CoreNLP's annotators)", 100 * ownStageShare()));
        line(
                b,
                "peak heap",
                String.format(
                        Locale.ROOT, "%.0f MB live after a collection, of %.0f MB at most", peakHeapMb, maxHeapMb));
        b.append(String.format(Locale.ROOT, "%nstage                  seconds   share%n"));
        Map<String, Double> shares = stageShares();
        stageSeconds.forEach((stage, s) -> b.append(
                String.format(Locale.ROOT, "%-20s %9.2f  %5.1f%%%n", indent(stage), s, 100 * shares.get(stage))));
        return b.toString();
    }

    /** Sub-stages are indented under the stage that contains them. */
    private static String indent(String stage) {
        return switch (stage) {
            case "annotate", "actors", "coding", "qualify", "writing" -> stage;
            default -> "  " + stage;
        };
    }

    private static void line(StringBuilder b, String label, String value) {
        b.append(String.format(Locale.ROOT, "%-11s %s%n", label + ":", value));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
