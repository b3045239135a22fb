package org.dyad.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dyad.analysis.NetworkWriter.Format;
import org.dyad.analysis.SignedNetwork.Weighting;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class NetworkWriterTest {

    private static final String ODD = "<script>&\"";

    private final SignedNetwork network =
            SignedNetwork.of(SignedNetworkTest.EVENTS, DateRange.all(), Weighting.GOLDSTEIN);
    private final NetworkWriter writer = new NetworkWriter();

    @Test
    void graphmlDeclaresItsKeysAndHoldsEveryNodeAndEdge() throws Exception {
        Document doc = Xml.parse(writer.render(network, Format.GRAPHML));

        assertThat(Xml.elements(doc, "key"))
                .extracting(k -> k.getAttribute("for") + ":" + k.getAttribute("id"))
                .containsExactly(
                        "node:label",
                        "node:events",
                        "edge:weight",
                        "edge:sign",
                        "edge:count",
                        "edge:goldstein_sum",
                        "edge:mean_goldstein");
        assertThat(Xml.elements(doc, "graph").get(0).getAttribute("edgedefault"))
                .isEqualTo("undirected");
        assertThat(Xml.elements(doc, "node"))
                .extracting(n -> n.getAttribute("id"))
                .containsExactly("IRN", "ISR", "RUS", "SYR");
        Element edge = Xml.elements(doc, "edge").stream()
                .filter(e -> e.getAttribute("source").equals("IRN")
                        && e.getAttribute("target").equals("RUS"))
                .findFirst()
                .orElseThrow();
        assertThat(data(edge))
                .containsEntry("weight", "8")
                .containsEntry("sign", "-1")
                .containsEntry("count", "2")
                .containsEntry("goldstein_sum", "-8")
                .containsEntry("mean_goldstein", "-4");
        assertThat(Xml.elements(doc, "edge")).hasSize(4);
    }

    @Test
    void gexfDeclaresAttributesAndGivesEdgesTheirWeight() throws Exception {
        Document doc = Xml.parse(writer.render(network, Format.GEXF));

        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.gexf.net/1.2draft");
        assertThat(Xml.elements(doc, "attribute"))
                .extracting(a -> a.getAttribute("id"))
                .containsExactly("events", "sign", "count", "goldstein_sum", "mean_goldstein");
        assertThat(Xml.elements(doc, "node"))
                .extracting(n -> n.getAttribute("label"))
                .containsExactly("IRN", "ISR", "RUS", "SYR");
        Element edge = Xml.elements(doc, "edge").stream()
                .filter(e -> e.getAttribute("source").equals("ISR")
                        && e.getAttribute("target").equals("RUS"))
                .findFirst()
                .orElseThrow();
        assertThat(edge.getAttribute("weight")).isEqualTo("6");
        Map<String, String> values = Xml.elements(doc, "attvalue").stream()
                .filter(v -> v.getParentNode().getParentNode() == edge)
                .collect(Collectors.toMap(v -> v.getAttribute("for"), v -> v.getAttribute("value")));
        assertThat(values)
                .containsEntry("sign", "1")
                .containsEntry("count", "3")
                .containsEntry("mean_goldstein", "2");
    }

    @Test
    void jsonHasNodesAndLinks() throws Exception {
        JsonNode json = new ObjectMapper().readTree(writer.render(network, Format.JSON));

        assertThat(json.get("weighting").asText()).isEqualTo("goldstein");
        assertThat(json.get("nodes")).hasSize(4);
        assertThat(json.get("nodes").get(1).get("id").asText()).isEqualTo("ISR");
        assertThat(json.get("nodes").get(1).get("events").asInt()).isEqualTo(6);
        JsonNode link = json.get("links").get(3);
        assertThat(link.get("source").asText() + link.get("target").asText()).isEqualTo("ISRSYR");
        assertThat(link.get("sign").asInt()).isZero();
        assertThat(link.get("count").asInt()).isEqualTo(2);
    }

    @Test
    void escapesActorCodesInBothXmlFormats() throws Exception {
        SignedNetwork odd =
                SignedNetwork.of(new Events().add(ODD, "ISR", 4, -5).list(), DateRange.all(), Weighting.COUNT);

        for (Format format : List.of(Format.GRAPHML, Format.GEXF)) {
            String text = writer.render(odd, format);
            Document doc = Xml.parse(text);
            assertThat(text).as(format.name()).doesNotContain("<script>");
            assertThat(Xml.elements(doc, "node"))
                    .extracting(n -> n.getAttribute("id"))
                    .contains(ODD);
            assertThat(Xml.elements(doc, "edge").get(0).getAttribute("source")).isEqualTo(ODD);
        }
        Document graphml = Xml.parse(writer.graphml(odd));
        assertThat(Xml.elements(graphml, "data"))
                .extracting(Element::getTextContent)
                .contains(ODD);
        assertThat(org.dyad.analysis.internal.Xml.escape("a\u0001b'")).isEqualTo("a\uFFFDb&apos;");
    }

    private static Map<String, String> data(Element edge) {
        return Xml.elements(edge.getOwnerDocument(), "data").stream()
                .filter(d -> d.getParentNode() == edge)
                .collect(Collectors.toMap(d -> d.getAttribute("key"), Element::getTextContent));
    }
}
