package org.dyad.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.dyad.format.EventJsonWriter;
import org.dyad.format.EventTableWriter;
import org.dyad.model.QualifiedArticle;

/** Where {@code dyad code} writes events: JSON Lines for tools, or a table per article for people. */
interface EventOutput extends AutoCloseable {

    void write(QualifiedArticle article);

    @Override
    void close();

    static EventOutput open(CodeCommand.OutputFormat format, PrintWriter out, boolean manyArticles) {
        return format == CodeCommand.OutputFormat.JSONL ? new Jsonl(out) : new Table(out, manyArticles);
    }

    /** One dyad.event/1 object a line, flushed per article so that pipes see progress. */
    final class Jsonl implements EventOutput {
        private final EventJsonWriter writer;

        Jsonl(PrintWriter out) {
            this.writer = new EventJsonWriter(out);
        }

        @Override
        public void write(QualifiedArticle article) {
            try {
                writer.writeAll(article.events(), article.article().text());
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** An aligned table per article, headed by the article's id when there are several. */
    final class Table implements EventOutput {
        private final PrintWriter out;
        private final boolean manyArticles;
        private final EventTableWriter writer = new EventTableWriter(Terminal.stdoutIsTerminal());

        Table(PrintWriter out, boolean manyArticles) {
            this.out = out;
            this.manyArticles = manyArticles;
        }

        @Override
        public void write(QualifiedArticle article) {
            if (manyArticles) {
                out.println("== " + article.article().id() + " ("
                        + article.article().origin() + ") ==");
            }
            try {
                writer.write(article.events(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.flush();
        }

        @Override
        public void close() {
            out.flush();
        }
    }
}
