package org.dyad.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.dyad.format.ArticleReader;
import org.dyad.format.ReadResult;
import org.dyad.model.Article;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaderJDOMFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads RSS and Atom feeds (Rome over an XML parser that resolves no external entity and loads
 * no external DTD, so a feed cannot make dyad read local files or call other hosts). Each entry
 * is one item: its link, title, date and the HTML of its content or summary.
 */
final class FeedArticles {
    /** One entry of a feed; {@code html} is its content or summary, perhaps empty. */
    record Entry(
            String where,
            Optional<String> link,
            Optional<String> title,
            Optional<LocalDate> published,
            Optional<String> publisher,
            String html) {}

    private final ArticleReader reader;

    FeedArticles(ArticleReader reader) {
        this.reader = reader;
    }

    /** The entries of the feed in {@code xml}; {@code name} labels them. */
    static List<Entry> entries(String name, byte[] xml) throws IOException {
        SyndFeed feed;
        try {
            Document document = safeBuilder().build(new ByteArrayInputStream(xml));
            feed = new SyndFeedInput().build(document);
        } catch (JDOMException | FeedException | IllegalArgumentException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new IOException(
                    "not a readable RSS or Atom feed: "
                            + why.lines().findFirst().orElse(""),
                    e);
        }
        Optional<String> publisher =
                Optional.ofNullable(feed.getTitle()).map(String::strip).filter(t -> !t.isEmpty());
        List<Entry> entries = new ArrayList<>();
        int n = 0;
        for (SyndEntry e : feed.getEntries()) {
            n++;
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            entries.add(new Entry(
                    name + " entry " + n,
                    Optional.ofNullable(e.getLink()).map(String::strip),
                    Optional.ofNullable(e.getTitle()).map(String::strip),
                    Optional.ofNullable(date).map(d -> LocalDate.ofInstant(d.toInstant(), ZoneOffset.UTC)),
                    publisher,
                    html(e)));
        }
        return entries;
    }

    /** The articles in a feed file: each entry's own content, as the feed gives it. */
    ReadResult read(String name, byte[] xml) {
        List<Entry> entries;
        try {
            entries = entries(name, xml);
        } catch (IOException e) {
            return ReadResult.failed(name, e.getMessage());
        }
        ReadResult result = ReadResult.empty();
        for (Entry entry : entries) {
            result = result.plus(article(entry));
        }
        if (entries.isEmpty()) {
            return ReadResult.failed(name, "a feed with no entries");
        }
        return result;
    }

    /** The article an entry's own HTML makes, with the feed's title, link, date and publisher. */
    ReadResult article(Entry entry) {
        if (entry.html().isBlank()) {
            return ReadResult.failed(entry.where(), "empty text (the entry has no content or summary)");
        }
        String page = "<html><body>" + entry.html() + "</body></html>";
        ReadResult read = reader.readHtml(entry.where(), page, entry.link(), entry.published());
        return new ReadResult(
                read.articles().stream().map(a -> withEntry(a, entry)).toList(), read.diagnostics());
    }

    /** {@code page} read from the entry's link, with what the feed knows where the page says nothing. */
    static Article withEntry(Article a, Entry entry) {
        return new Article(
                a.id(),
                a.text(),
                a.published().or(entry::published),
                entry.link().or(a::url),
                a.publisher().or(entry::publisher),
                entry.title().or(a::title),
                a.language(),
                a.origin());
    }

    private static String html(SyndEntry e) {
        StringBuilder s = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null) {
                s.append(asHtml(c)).append('\n');
            }
        }
        if (s.toString().isBlank()
                && e.getDescription() != null
                && e.getDescription().getValue() != null) {
            s.append(asHtml(e.getDescription()));
        }
        return s.toString();
    }

    private static String asHtml(SyndContent c) {
        String type = c.getType() == null ? "" : c.getType();
        String v = c.getValue();
        return type.contains("html") || type.isEmpty() ? v : "<p>" + org.jsoup.nodes.Entities.escape(v) + "</p>";
    }

    /**
     * An XML parser that allows a DOCTYPE (old RSS feeds have one) but never expands an external
     * entity or fetches a DTD: the classic XXE attack reads nothing. It is the JDK's own parser in
     * secure-processing mode, named here because the Apache Xerces that CoreNLP brings onto the
     * class path would otherwise be chosen, and it expands nested internal entities without
     * limit: a "billion laughs" feed kept it busy for minutes.
     */
    private static SAXBuilder safeBuilder() {
        SAXBuilder builder = new SAXBuilder(new JdkXmlReaders());
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        builder.setExpandEntities(false);
        return builder;
    }

    /** Makes the JDK's non-validating SAX parser with its limits on entity expansion and no external access. */
    private static final class JdkXmlReaders implements XMLReaderJDOMFactory {
        @Override
        public XMLReader createXMLReader() throws JDOMException {
            try {
                SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
                factory.setNamespaceAware(true);
                factory.setValidating(false);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                SAXParser parser = factory.newSAXParser();
                parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                return parser.getXMLReader();
            } catch (ParserConfigurationException | SAXException e) {
                throw new JDOMException("cannot make an XML parser: " + e.getMessage(), e);
            }
        }

        @Override
        public boolean isValidating() {
            return false;
        }
    }
}
