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
    private Inputs() {
    }

    static List<Article> read(List<String> files, Optional<LocalDate> published, PrintWriter err) {
        ArticleReader reader = new ArticleReader(published);
        List<Article> articles = new ArrayList<>();
        for (String f : files) {
            ReadResult r = f.equals("-") ? reader.read("standard input", System.in) : reader.read(Path.of(f));
            articles.addAll(r.articles());
            for (Diagnostic d : r.diagnostics()) {
                err.println("dyad: " + d);
            }
        }
        err.flush();
        return articles;
    }
}
