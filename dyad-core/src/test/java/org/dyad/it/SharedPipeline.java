package org.dyad.it;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Article;
import org.dyad.model.QualifiedArticle;
import org.dyad.model.Sentence;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.stage.StageContext;

/**
 * The one real pipeline (CoreNLP's models and the bundled dictionaries) that the integration
 * tests of this JVM share. It is built on first use, by the JVM's lazy class initialisation,
 * so the models load once however many test classes ask for it, and never in a JVM that runs
 * only unit tests. It is not closed: it lives as long as the test JVM.
 */
final class SharedPipeline {
    private SharedPipeline() {}

    static DyadPipeline get() {
        return Holder.PIPELINE;
    }

    /** The CoreNLP annotator inside the shared pipeline: its sentences as parsed, before the repair stage. */
    static CoreNlpAnnotator annotator() {
        return Holder.ANNOTATOR;
    }

    /** The sentences of {@code text} as actors and coding read them: annotated, then repaired. */
    static List<Sentence> sentences(String text, Optional<LocalDate> published) {
        return get().repairs().repair(annotator().annotate(text, published));
    }

    /** As {@link #sentences(String, Optional)}, with no published date. */
    static List<Sentence> sentences(String text) {
        return get().repairs().repair(annotator().annotate(text));
    }

    /** Codes {@code article} with the shared pipeline and a fresh context. */
    static QualifiedArticle code(Article article) {
        return get().code(article, new StageContext(article.origin()));
    }

    private static final class Holder {
        static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();
        static final DyadPipeline PIPELINE = DyadPipeline.withBundledData(ANNOTATOR);
    }
}
