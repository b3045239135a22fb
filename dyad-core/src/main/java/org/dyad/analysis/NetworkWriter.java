package org.dyad.analysis;

import static org.dyad.analysis.internal.Xml.escape;
import static org.dyad.analysis.internal.Xml.number;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes a signed network for graph tools: GraphML, GEXF 1.2 (both open in Gephi, with
 * declared attributes) or JSON with {@code nodes} and {@code links} (the shape d3 and
 * networkx's node-link format read). Node ids are the actor codes, also given as the label;
 * every edge carries its weight, sign (+1, -1, 0), event count, Goldstein sum and mean. Text
 * put into XML is escaped. Immutable and thread-safe.
 */
public final class NetworkWriter {

    /** The output formats. */
    public enum Format {
        GRAPHML,
        GEXF,
        JSON
    }

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(SignedNetwork network, Format format, Writer out) throws IOException {
        out.write(render(network, format));
    }

    public String render(SignedNetwork network, Format format) {
        return switch (format) {
            case GRAPHML -> graphml(network);
            case GEXF -> gexf(network);
            case JSON -> json(network);
        };
    }

    public String graphml(SignedNetwork network) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n")
                .append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n")
                .append("    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns")
                .append(" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        key(xml, "label", "node", "string");
        key(xml, "events", "node", "int");
        key(xml, "weight", "edge", "double");
        key(xml, "sign", "edge", "int");
        key(xml, "count", "edge", "int");
        key(xml, "goldstein_sum", "edge", "double");
        key(xml, "mean_goldstein", "edge", "double");
        xml.append("  <graph id=\"G\" edgedefault=\"undirected\">\n");
        for (NetworkNode node : network.nodes()) {
            xml.append("    <node id=\"")
                    .append(escape(node.actor()))
                    .append("\">")
                    .append(data("label", escape(node.actor())))
                    .append(data("events", Integer.toString(node.events())))
                    .append("</node>\n");
        }
        int id = 0;
        for (NetworkEdge edge : network.edges()) {
            xml.append("    <edge id=\"e")
                    .append(id++)
                    .append("\" source=\"")
                    .append(escape(edge.a()))
                    .append("\" target=\"")
                    .append(escape(edge.b()))
                    .append("\">")
                    .append(data("weight", number(edge.weight())))
                    .append(data("sign", Integer.toString(edge.sign())))
                    .append(data("count", Integer.toString(edge.count())))
                    .append(data("goldstein_sum", number(edge.goldsteinSum())))
                    .append(data("mean_goldstein", number(edge.meanGoldstein())))
                    .append("</edge>\n");
        }
        return xml.append("  </graph>\n</graphml>\n").toString();
    }

    public String gexf(SignedNetwork network) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n")
                .append("  <meta><creator>dyad</creator><description>signed network of actors; weight = ")
                .append(network.weighting().name().toLowerCase(Locale.ROOT))
                .append("</description></meta>\n")
                .append("  <graph mode=\"static\" defaultedgetype=\"undirected\">\n")
                .append("    <attributes class=\"node\">\n")
                .append("      <attribute id=\"events\" title=\"events\" type=\"integer\"/>\n")
                .append("    </attributes>\n")
                .append("    <attributes class=\"edge\">\n")
                .append("      <attribute id=\"sign\" title=\"sign\" type=\"integer\"/>\n")
                .append("      <attribute id=\"count\" title=\"count\" type=\"integer\"/>\n")
                .append("      <attribute id=\"goldstein_sum\" title=\"goldstein_sum\" type=\"double\"/>\n")
                .append("      <attribute id=\"mean_goldstein\" title=\"mean_goldstein\" type=\"double\"/>\n")
                .append("    </attributes>\n    <nodes>\n");
        for (NetworkNode node : network.nodes()) {
            xml.append("      <node id=\"")
                    .append(escape(node.actor()))
                    .append("\" label=\"")
                    .append(escape(node.actor()))
                    .append("\"><attvalues>")
                    .append(attValue("events", Integer.toString(node.events())))
                    .append("</attvalues></node>\n");
        }
        xml.append("    </nodes>\n    <edges>\n");
        int id = 0;
        for (NetworkEdge edge : network.edges()) {
            xml.append("      <edge id=\"e")
                    .append(id++)
                    .append("\" source=\"")
                    .append(escape(edge.a()))
                    .append("\" target=\"")
                    .append(escape(edge.b()))
                    .append("\" weight=\"")
                    .append(number(edge.weight()))
                    .append("\"><attvalues>")
                    .append(attValue("sign", Integer.toString(edge.sign())))
                    .append(attValue("count", Integer.toString(edge.count())))
                    .append(attValue("goldstein_sum", number(edge.goldsteinSum())))
                    .append(attValue("mean_goldstein", number(edge.meanGoldstein())))
                    .append("</attvalues></edge>\n");
        }
        return xml.append("    </edges>\n  </graph>\n</gexf>\n").toString();
    }

    public String json(SignedNetwork network) {
        ObjectNode root = json.createObjectNode();
        root.put("weighting", network.weighting().name().toLowerCase(Locale.ROOT));
        ArrayNode nodes = root.putArray("nodes");
        for (NetworkNode node : network.nodes()) {
            nodes.addObject().put("id", node.actor()).put("label", node.actor()).put("events", node.events());
        }
        ArrayNode links = root.putArray("links");
        for (NetworkEdge edge : network.edges()) {
            links.addObject()
                    .put("source", edge.a())
                    .put("target", edge.b())
                    .put("weight", edge.weight())
                    .put("sign", edge.sign())
                    .put("count", edge.count())
                    .put("goldstein_sum", edge.goldsteinSum())
                    .put("mean_goldstein", edge.meanGoldstein());
        }
        try {
            return json.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a tree of plain values did not serialise", e);
        }
    }

    private static void key(StringBuilder xml, String name, String domain, String type) {
        xml.append("  <key id=\"")
                .append(name)
                .append("\" for=\"")
                .append(domain)
                .append("\" attr.name=\"")
                .append(name)
                .append("\" attr.type=\"")
                .append(type)
                .append("\"/>\n");
    }

    private static String data(String key, String value) {
        return "<data key=\"" + key + "\">" + value + "</data>";
    }

    private static String attValue(String id, String value) {
        return "<attvalue for=\"" + id + "\" value=\"" + value + "\"/>";
    }
}
