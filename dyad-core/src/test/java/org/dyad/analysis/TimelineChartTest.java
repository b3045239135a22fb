package org.dyad.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.analysis.Events.MONDAY;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class TimelineChartTest {

    private final List<DyadEvent> events = new Events()
            .add(2, MONDAY, "ISR", "RUS", 1, 1.0)
            .add(1, MONDAY, "ISR", "RUS", 4, -10.0)
            .add(3, MONDAY.plusWeeks(2), "ISR", "RUS", 3, -2.0)
            .add(1, MONDAY.plusWeeks(3), "ISR", "RUS", 2, 7.0)
            .list();
    private final Timeline timeline = Timeline.of(events, Dyad.of("ISR", "RUS", false), Period.WEEK);

    @Test
    void drawsOneBarSegmentPerNonZeroQuadCountAndALineThatBreaksOverTheEmptyWeek() throws Exception {
        Document svg = Xml.parse(new TimelineChart().render(timeline, List.of()));

        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        List<String> barTitles = Xml.elements(svg, "rect").stream()
                .filter(r -> r.getElementsByTagNameNS("*", "title").getLength() == 1)
                .map(Element::getTextContent)
                .toList();
        assertThat(barTitles)
                .containsExactly(
                        "2024-W01: 2 verbal cooperation",
                        "2024-W01: 1 material conflict",
                        "2024-W03: 3 verbal conflict",
                        "2024-W04: 1 material cooperation");
        assertThat(Xml.elements(svg, "circle")).hasSize(3);
        String path = Xml.elements(svg, "path").get(0).getAttribute("d");
        assertThat(path.chars().filter(c -> c == 'M').count())
                .as("segments of the line")
                .isEqualTo(2);
        assertThat(Xml.elements(svg, "line"))
                .noneMatch(l -> l.getAttribute("class").equals("shift"));
    }

    @Test
    void hasATitleAxisLabelsAndALegend() throws Exception {
        Document svg = Xml.parse(new TimelineChart().render(timeline, List.of()));

        List<String> texts =
                Xml.elements(svg, "text").stream().map(Element::getTextContent).toList();
        assertThat(texts)
                .contains(
                        "Events ISR-RUS by week",
                        "events",
                        "mean Goldstein",
                        "week starting",
                        "verbal cooperation",
                        "material cooperation",
                        "verbal conflict",
                        "material conflict",
                        "shift",
                        "2024-W01",
                        "2024-W04",
                        "+10",
                        "-10");
    }

    @Test
    void marksAShiftAtTheStartOfThePeriodContainingItsDate() throws Exception {
        Document svg = Xml.parse(
                new TimelineChart().render(timeline, List.of(MONDAY.plusWeeks(2).plusDays(3))));

        List<Element> shifts = Xml.elements(svg, "line").stream()
                .filter(l -> l.getAttribute("class").equals("shift"))
                .toList();
        assertThat(shifts).hasSize(1);
        assertThat(shifts.get(0).getTextContent()).isEqualTo("shift around 2024-01-18");
        double x = Double.parseDouble(shifts.get(0).getAttribute("x1"));
        assertThat(x).isEqualTo(70 + 2 * (820 - 70) / 4.0);
    }

    @Test
    void escapesActorCodesInTheText() throws Exception {
        List<DyadEvent> odd =
                new Events().add(1, MONDAY, "<script>&\"", "ISR", 1, 1).list();
        Timeline escaped = Timeline.of(odd, Dyad.of("<script>&\"", "ISR", false), Period.DAY);

        String text = new TimelineChart().render(escaped, List.of());
        Document svg = Xml.parse(text);

        assertThat(text).doesNotContain("<script>");
        assertThat(Xml.elements(svg, "title").get(0).getTextContent()).isEqualTo("Events <script>&\"-ISR by day");
    }

    @Test
    void anEmptyTimelineIsStillAChart() throws Exception {
        Timeline empty = Timeline.of(List.of(), Dyad.of("A", "B", false), Period.MONTH);

        Document svg = Xml.parse(new TimelineChart().render(empty, List.of(MONDAY)));

        assertThat(Xml.elements(svg, "text"))
                .extracting(Element::getTextContent)
                .contains("no events");
    }

    @Test
    void countAxisEndsOnARoundNumber() {
        assertThat(List.of(0, 1, 3, 7, 10, 11, 40, 51))
                .map(TimelineChart::niceCeiling)
                .containsExactly(1, 1, 5, 10, 10, 20, 50, 100);
    }
}
