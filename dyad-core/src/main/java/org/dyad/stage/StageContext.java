package org.dyad.stage;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Diagnostic;

/**
 * What a stage may need beyond its input while working on one article: a place to report
 * expected problems. One context per article, never shared between threads.
 */
public final class StageContext {
    private final String where;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public StageContext(String where) {
        this.where = where;
    }

    public void report(String message) {
        diagnostics.add(new Diagnostic(where, message));
    }

    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
