package org.dyad.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.SortedMap;
import org.dyad.model.Event;

/**
 * Writes a {@link GoldReport} as one JSON object on one line: first the keys of
 * {@code score_events.py --json}, in its order and with its rounding ({@code core}, ...,
 * {@code status} as {@code {"hit", "of"}}, {@code coded}, {@code matched}, {@code precision_proxy},
 * {@code core_recall}, {@code boilerplate_events}, and for an exhaustive gold file {@code exhaustive},
 * {@code precision} and {@code f1}), then {@code summary} (the summary line),
 * {@code confusion} (gold type to coded type to count), {@code missed} (how many),
 * {@code misses} (the first ones, explained), {@code unmatched} and {@code unmatched_by_rule}
 * (the coded events no gold event took, grouped by trigger lemma and rule) and
 * {@code confidence_bands} (coded and matched by confidence, in the band and at or above it).
 */
public final class GoldReportJson {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private GoldReportJson() {}

    public static String toJson(GoldReport report) {
        StringWriter buffer = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(buffer)) {
            json.writeStartObject();
            writeScore(json, report.score());
            writeConfusion(json, report.confusion());
            json.writeNumberField("missed", report.score().misses().size());
            json.writeArrayFieldStart("misses");
            for (MissReport m : report.misses()) {
                writeMiss(json, m);
            }
            json.writeEndArray();
            writeFalsePositives(json, report.falsePositives());
            writeConfidence(json, report.confidence());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e); // a StringWriter does not fail
        }
        return buffer.toString();
    }

    private static void writeScore(JsonGenerator json, Score score) throws IOException {
        for (Measure m : Measure.values()) {
            json.writeObjectFieldStart(m.key());
            json.writeNumberField("hit", score.count(m).hit());
            json.writeNumberField("of", score.count(m).of());
            json.writeEndObject();
        }
        json.writeNumberField("coded", score.coded());
        json.writeNumberField("matched", score.matched());
        json.writeFieldName("precision_proxy");
        json.writeNumber(Score.pythonRound3(score.precision()));
        json.writeFieldName("core_recall");
        json.writeNumber(Score.pythonRound3(score.coreRecall()));
        json.writeNumberField("boilerplate_events", score.boilerplate());
        if (score.exhaustive()) {
            json.writeBooleanField("exhaustive", true);
            json.writeFieldName("precision");
            json.writeNumber(Score.pythonRound3(score.precision()));
            json.writeFieldName("f1");
            json.writeNumber(Score.pythonRound3(score.f1()));
        }
        json.writeStringField("summary", score.summaryLine());
    }

    private static void writeConfusion(JsonGenerator json, Confusion confusion) throws IOException {
        json.writeObjectFieldStart("confusion");
        for (Map.Entry<String, SortedMap<String, Integer>> row :
                confusion.cells().entrySet()) {
            json.writeObjectFieldStart(row.getKey());
            for (String column : confusion.columns()) {
                if (row.getValue().containsKey(column)) {
                    json.writeNumberField(column, row.getValue().get(column));
                }
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeFalsePositives(JsonGenerator json, FalsePositives fp) throws IOException {
        json.writeNumberField("unmatched", fp.total());
        json.writeArrayFieldStart("unmatched_by_rule");
        for (FalsePositives.Group g : fp.groups()) {
            json.writeStartObject();
            json.writeStringField("lemma", g.lemma());
            json.writeStringField("rule", g.rule());
            json.writeNumberField("count", g.count());
            json.writeArrayFieldStart("codes");
            for (String c : g.codes()) {
                json.writeString(c);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("examples");
            for (Event e : g.examples()) {
                json.writeStartObject();
                json.writeStringField("article_id", e.articleId());
                json.writeStringField("event", GoldReportText.eventLine(e));
                json.writeStringField("sentence", e.sentence());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeConfidence(JsonGenerator json, ConfidenceBands bands) throws IOException {
        json.writeArrayFieldStart("confidence_bands");
        for (ConfidenceBands.Band b : bands.bands()) {
            json.writeStartObject();
            json.writeNumberField("from", b.lower());
            if (b.upper() <= 1) {
                json.writeNumberField("below", b.upper());
            }
            json.writeNumberField("coded", b.coded());
            json.writeNumberField("matched", b.matched());
            json.writeNumberField("coded_at_or_above", b.codedAbove());
            json.writeNumberField("matched_at_or_above", b.matchedAbove());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeMiss(JsonGenerator json, MissReport m) throws IOException {
        GoldEvent g = m.outcome().gold();
        json.writeStartObject();
        json.writeStringField("article_id", m.articleId());
        json.writeStringField("gold_id", g.id());
        json.writeStringField("level", g.level().key());
        json.writeStringField("fragment", g.fragment());
        json.writeStringField("shown", m.shown());
        json.writeStringField("wanted", g.wanted());
        json.writeStringField("coded_type", m.outcome().codedType());
        json.writeArrayFieldStart("events");
        for (Event e : m.articleEvents()) {
            writeEvent(json, e);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("sentences");
        for (MissReport.SentenceReasons s : m.sentences()) {
            writeSentence(json, s);
        }
        json.writeEndArray();
        json.writeStringField("note", m.note().orElse(null));
        json.writeEndObject();
    }

    /** An event in brief: sentence index (from 0), code, actor codes (null for none), trigger. */
    public static void writeEvent(JsonGenerator json, Event e) throws IOException {
        json.writeStartObject();
        json.writeNumberField("sentence_index", e.sentenceIndex());
        json.writeStringField("cameo", e.code().cameo());
        json.writeStringField("source", e.source().map(m -> m.actor().code()).orElse(null));
        json.writeStringField("target", e.target().map(m -> m.actor().code()).orElse(null));
        json.writeBooleanField("symmetric", e.symmetric());
        json.writeStringField("trigger", e.trigger().text());
        json.writeEndObject();
    }

    /** A sentence (index from 0) with the coder's decision on each verb and event noun. */
    public static void writeSentence(JsonGenerator json, MissReport.SentenceReasons s) throws IOException {
        json.writeStartObject();
        json.writeNumberField("index", s.index());
        json.writeStringField("text", s.text());
        json.writeArrayFieldStart("decisions");
        for (MissReport.Reason r : s.reasons()) {
            json.writeStartObject();
            json.writeNumberField("token", r.token());
            json.writeStringField("word", r.word());
            json.writeStringField("kind", r.kind());
            json.writeStringField("outcome", r.outcome());
            json.writeStringField("detail", r.detail());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
