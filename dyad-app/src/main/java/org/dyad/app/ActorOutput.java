package org.dyad.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.dyad.actors.UnknownActors;
import org.dyad.format.ActorJsonWriter;
import org.dyad.format.ActorTableWriter;
import org.dyad.model.ActorTaggedArticle;

/**
 * Where {@code dyad actors} writes: every mention as JSON Lines for tools or a table per article
 * for people, or, with {@code --unknown}, the count of actors no dictionary knows, written when
 * the run ends.
 */
interface ActorOutput extends AutoCloseable {

    void write(ActorTaggedArticle article);

    @Override
    void close();

    static ActorOutput open(CodeCommand.OutputFormat format, boolean unknown, PrintWriter out, boolean manyArticles) {
        if (unknown) {
            return new Unknown(format, out);
        }
        return format == CodeCommand.OutputFormat.JSONL ? new Jsonl(out) : new Table(out, manyArticles);
    }

    /** One dyad.actor/1 object a line, flushed per article so that pipes see progress. */
    final class Jsonl implements ActorOutput {
        private final ActorJsonWriter writer;

        Jsonl(PrintWriter out) {
            this.writer = new ActorJsonWriter(out);
        }

        @Override
        public void write(ActorTaggedArticle article) {
            try {
                writer.writeAll(article);
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
    final class Table implements ActorOutput {
        private final PrintWriter out;
        private final boolean manyArticles;
        private final ActorTableWriter writer = new ActorTableWriter(Terminal.stdoutIsTerminal());

        Table(PrintWriter out, boolean manyArticles) {
            this.out = out;
            this.manyArticles = manyArticles;
        }

        @Override
        public void write(ActorTaggedArticle article) {
            if (manyArticles) {
                out.println("== " + article.article().id() + " ("
                        + article.article().origin() + ") ==");
            }
            out.print(writer.render(article.actors()));
            out.flush();
        }

        @Override
        public void close() {
            out.flush();
        }
    }

    /** Counts the unknown actors of every article, then writes them, the most mentioned first. */
    final class Unknown implements ActorOutput {
        private final CodeCommand.OutputFormat format;
        private final PrintWriter out;
        private final UnknownActors counts = new UnknownActors();

        Unknown(CodeCommand.OutputFormat format, PrintWriter out) {
            this.format = format;
            this.out = out;
        }

        @Override
        public void write(ActorTaggedArticle article) {
            counts.addAll(article.actors());
        }

        @Override
        public void close() {
            if (format == CodeCommand.OutputFormat.TABLE) {
                out.print(new ActorTableWriter(Terminal.stdoutIsTerminal()).renderUnknown(counts.ranked()));
            } else {
                try {
                    new ActorJsonWriter(out).writeUnknown(counts.ranked());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            out.flush();
        }
    }
}
