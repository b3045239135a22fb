package org.dyad.eval.validation;

import java.io.StringReader;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Whether one record, repaired, is well-formed XML, by the JDK's own streaming parser (no DTDs, no entities from outside). */
final class WellFormed {
    private static final XMLInputFactory FACTORY = factory();

    private WellFormed() {}

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    /** Why {@code xml} is not well-formed, with the line within it; empty if it is. */
    static Optional<String> problem(String xml) {
        try {
            XMLStreamReader r = FACTORY.createXMLStreamReader(new StringReader(xml));
            try {
                while (r.hasNext()) {
                    r.next();
                }
            } finally {
                r.close();
            }
            return Optional.empty();
        } catch (XMLStreamException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            int cut = message.indexOf("Message: ");
            return Optional.of(
                    cut >= 0 ? message.substring(cut + "Message: ".length()).strip() : message.strip());
        }
    }
}
