package org.dyad.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.dyad.format.internal.JsonFields;
import org.dyad.model.Article;

/**
 * Writes articles as {@code dyad.article/1} JSON Lines: the text that event offsets point into
 * (after HTML extraction and line-end normalisation) with what the input said about it.
 * {@link ArticleReader} reads these lines back as JSON Lines input. Not thread-safe; the
 * caller owns the underlying stream.
 */
public final class ArticleJsonWriter implements Flushable {

    public static final String SCHEMA = "dyad.article/1";

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final Writer out;

    public ArticleJsonWriter(Writer out) {
        this.out = out;
    }

    /** A writer that encodes to UTF-8 on {@code out}. */
    public static ArticleJsonWriter utf8(OutputStream out) {
        return new ArticleJsonWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    /** Writes {@code article} as one line. */
    public void write(Article article) throws IOException {
        out.write(toJson(article));
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** The {@code dyad.article/1} JSON of {@code article}, on one line, with no line end. */
    public static String toJson(Article article) {
        StringWriter buffer = new StringWriter(article.text().length() + 256);
        try (JsonGenerator json = JSON.createGenerator(buffer)) {
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            json.writeStringField("id", article.id());
            json.writeStringField("text", article.text());
            JsonFields.date(json, "published", article.published());
            JsonFields.string(json, "url", article.url());
            JsonFields.string(json, "publisher", article.publisher());
            JsonFields.string(json, "title", article.title());
            JsonFields.string(json, "language", article.language());
            json.writeEndObject();
        } catch (IOException e) {
            // A StringWriter does not fail; this would be a Jackson bug.
            throw new UncheckedIOException(e);
        }
        return buffer.toString();
    }
}
