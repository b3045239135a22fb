package org.dyad.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.format.ArticleReader;
import org.dyad.format.ReadResult;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;

/** Reads the FILE arguments of a command ("-" is standard input) and reports what could not be read. */
final class Inputs {
    private Inputs() {}

    /** The articles read and how many problems were reported on standard error. */
    record Read(List<Article> articles, int reported) {}

    static Read read(List<String> files, Optional<LocalDate> published, PrintWriter err) {
        ArticleReader reader = new ArticleReader(published);
        List<Article> articles = new ArrayList<>();
        int reported = 0;
        for (String f : files) {
            ReadResult r = f.equals("-") ? reader.read("standard input", System.in) : reader.read(Path.of(f));
            articles.addAll(r.articles());
            for (Diagnostic d : r.diagnostics()) {
                err.println("dyad: " + d);
                reported++;
            }
        }
        err.flush();
        return new Read(articles, reported);
    }
}
