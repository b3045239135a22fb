package org.dyad.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.ActorMention;
import org.dyad.model.Event;
import org.dyad.model.EventCode;
import org.dyad.model.Provenance;
import org.dyad.model.Span;
import org.dyad.model.Status;
import org.dyad.model.Trigger;
import org.dyad.model.When;
import org.junit.jupiter.api.Test;

class DyadEventTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2019, 5, 13);

    @Test
    void takesTheCodesAndTheDateTheTextGives() {
        When when = new When(
                Optional.of("a week ago"),
                Optional.of(LocalDate.of(2019, 5, 5)),
                Optional.of(LocalDate.of(2019, 5, 7)),
                "day",
                When.Basis.RELATIVE);

        DyadEvent event = DyadEvent.from(event(Optional.of(mention("IRNMIL")), when), Optional.of(PUBLISHED))
                .orElseThrow();

        assertThat(event).isEqualTo(new DyadEvent("e1", LocalDate.of(2019, 5, 5), "IRNMIL", "SYRREB", 4, -10.0, "19"));
    }

    @Test
    void fallsBackOnTheArticleDateAndGivesUpWithoutADateOrAnActor() {
        Event undated = event(Optional.of(mention("IRNMIL")), When.ofArticle(Optional.empty()));

        assertThat(DyadEvent.from(undated, Optional.of(PUBLISHED)).orElseThrow().date())
                .isEqualTo(PUBLISHED);
        assertThat(DyadEvent.from(undated, Optional.empty())).isEmpty();
        assertThat(DyadEvent.from(
                        event(Optional.empty(), When.ofArticle(Optional.of(PUBLISHED))), Optional.of(PUBLISHED)))
                .isEmpty();
    }

    @Test
    void readsAnEventLine() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String line = """
                {"schema":"dyad.event/1","event_id":"x","source":{"code":"ISR"},"target":{"code":"IRN"},
                 "cameo":"190","cameo_root":"19","quad_class":4,"goldstein":-10.0,
                 "when":{"start":"2019-05-05","end":"2019-05-07"}}""";

        assertThat(DyadEvent.fromJson(json.readTree(line)).orElseThrow())
                .isEqualTo(new DyadEvent("x", LocalDate.of(2019, 5, 5), "ISR", "IRN", 4, -10.0, "19"));
        assertThat(DyadEvent.fromJson(json.readTree(line.replace("\"target\":{\"code\":\"IRN\"}", "\"target\":null"))))
                .isEmpty();
        assertThat(DyadEvent.fromJson(json.readTree(line.replace("2019-05-05", "soon"))))
                .isEmpty();
    }

    @Test
    void namesTheBadValue() {
        assertThatThrownBy(() -> new DyadEvent("x", PUBLISHED, "A", "B", 5, 0, "19"))
                .hasMessageContaining("quad class 5");
        assertThatThrownBy(() -> new DyadEvent("x", PUBLISHED, "A", "B", 1, 11, "04"))
                .hasMessageContaining("11.0");
        assertThatThrownBy(() -> new DyadEvent("x", PUBLISHED, "A", " ", 1, 1, "04"))
                .hasMessageContaining("target");
    }

    private static Event event(Optional<ActorMention> source, When when) {
        EventCode code = new EventCode("190", "Use conventional military force", -10.0, 4, Optional.empty());
        return new Event(
                "e1",
                "a1",
                0,
                "Iranian forces attacked rebels.",
                new Trigger("attacked", new Span(16, 24), 2),
                source,
                Optional.of(mention("SYRREB")),
                false,
                code,
                Status.ASSERTED,
                false,
                List.of(),
                when,
                Optional.empty(),
                0.8,
                "test",
                List.of(),
                new Provenance("0", "none", Map.of()));
    }

    private static ActorMention mention(String code) {
        return new ActorMention(
                0,
                new Span(0, 1),
                0,
                new Span(0, 8),
                code,
                new Actor(code, code, Optional.empty(), Optional.empty(), Optional.empty(), ActorKind.GROUP),
                List.of());
    }
}
