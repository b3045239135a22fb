package org.dyad.format;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;

/**
 * What reading one input gave: the articles that could be read, in input order, and one
 * diagnostic for each problem met (a bad line, an empty file). Both lists may be non-empty.
 */
public record ReadResult(List<Article> articles, List<Diagnostic> diagnostics) {

    public ReadResult {
        articles = List.copyOf(articles);
        diagnostics = List.copyOf(diagnostics);
    }

    public static ReadResult empty() {
        return new ReadResult(List.of(), List.of());
    }

    public static ReadResult of(Article article) {
        return new ReadResult(List.of(article), List.of());
    }

    public static ReadResult failed(String where, String message) {
        return new ReadResult(List.of(), List.of(new Diagnostic(where, message)));
    }

    /** This result followed by {@code other}, as when reading several inputs in turn. */
    public ReadResult plus(ReadResult other) {
        List<Article> allArticles = new ArrayList<>(articles);
        allArticles.addAll(other.articles);
        List<Diagnostic> allDiagnostics = new ArrayList<>(diagnostics);
        allDiagnostics.addAll(other.diagnostics);
        return new ReadResult(allArticles, allDiagnostics);
    }

    /** Whether nothing went wrong. */
    public boolean clean() {
        return diagnostics.isEmpty();
    }
}
