package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.eval.ScorerTest.gold;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Gold files in both shapes, and the values that refuse one with the place named. */
class GoldReaderTest {

    @Test
    void oneArticleWithoutIdKeepsItsEventsAndNotEvents() {
        List<GoldArticle> g = gold("""
                {"article": "corpus/seed.txt", "published": "2019-05-13",
                 "events": [{"id": "s05", "level": "core", "sentence": "targeted in Syria by Israel",
                             "source": {"country": "ISR"}, "target": {"patron": "IRN"}, "cameo_root": ["18", "19"],
                             "quad_class": [4], "where": {"country": "SYR"}, "when": {"from": "2019-05-03", "to": "2019-05-09"},
                             "symmetric": false, "note": "passive"}],
                 "not_events": [{"sentence": "Leave a Reply", "why": "boilerplate"}]}
                """).articles();
        assertThat(g).hasSize(1);
        GoldArticle a = g.get(0);
        assertThat(a.id()).isEmpty();
        assertThat(a.notEvents()).containsExactly("Leave a Reply");
        GoldEvent e = a.events().get(0);
        assertThat(e.id()).isEqualTo("s05");
        assertThat(e.level()).isEqualTo(GoldEvent.Level.CORE);
        assertThat(e.target())
                .hasValue(new GoldRole(Optional.empty(), Optional.empty(), Optional.of(Accepted.text("IRN"))));
        assertThat(e.cameoRoot()).hasValue(Accepted.of("18", "19"));
        assertThat(e.where()).hasValue(new GoldEvent.Location(Optional.empty(), Optional.of("SYR")));
        assertThat(e.when()).hasValue(new GoldEvent.DateRange(LocalDate.of(2019, 5, 3), LocalDate.of(2019, 5, 9)));
        assertThat(e.wanted())
                .isEqualTo("cameo_root 18|19; source country=ISR; target patron=IRN; when 2019-05-03..2019-05-09;"
                        + " where country=SYR");
    }

    @Test
    void manyArticlesKeepTheirIdsAndAMissingLevelIsCore() {
        List<GoldArticle> g = gold("""
                {"articles": [{"id": "A-1", "events": [{"sentence": "", "source": {"country": ["JOR", "USA"]},
                               "target": {}, "plover": ["AGREE"], "symmetric": true}]},
                              {"id": "A-2", "events": []}]}
                """).articles();
        assertThat(g).extracting(GoldArticle::id).containsExactly(Optional.of("A-1"), Optional.of("A-2"));
        GoldEvent e = g.get(0).events().get(0);
        assertThat(e.level()).isEqualTo(GoldEvent.Level.CORE);
        assertThat(e.target()).as("an empty role asks nothing").isEmpty();
        assertThat(e.symmetric()).isTrue();
        assertThat(e.wanted()).isEqualTo("plover AGREE; source country=JOR|USA; symmetric");
    }

    @Test
    void valuesTheScriptCouldNotUseRefuseTheFileNamingThePlace() {
        assertThatThrownBy(() -> gold("{\"articles\": [{\"id\": \"x\", \"events\": [{\"level\": \"urgent\"}]}]}"))
                .isInstanceOf(GoldFileException.class)
                .hasMessage("test.json: articles[0].events[0].level: neither \"core\" nor \"stretch\": \"urgent\"");
        assertThatThrownBy(() -> gold("{\"events\": [{\"when\": {\"from\": \"May 3\", \"to\": \"2019-05-09\"}}]}"))
                .hasMessageContaining("events[0].when.from: not a date");
        assertThatThrownBy(() -> gold("{\"events\": [{\"cameo_root\": [19]}]}"))
                .hasMessageContaining("events[0].cameo_root: not a string");
        assertThatThrownBy(() -> gold("{\"events\": [{\"source\": \"ISR\"}]}"))
                .hasMessageContaining("events[0].source: not an object");
        assertThatThrownBy(() -> gold("{\"articles\": [{\"id\": \"x\"}]}"))
                .hasMessageContaining("articles[0].events: missing");
        assertThatThrownBy(() -> gold("[1, 2]")).hasMessageContaining("a gold file is a JSON object");
        assertThatThrownBy(() -> gold("{\"events\": [")).hasMessageContaining("test.json: not JSON");
    }
}
