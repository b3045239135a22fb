package org.dyad.time;

import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.Status;
import org.dyad.model.When;
import org.dyad.nlp.DependencyTree;

/** Dates an event: from a time expression its trigger governs, else from the article. */
public interface EventDating {
    /** Every event on the article's date (or unresolved without one). */
    EventDating ARTICLE = (tree, trigger, article, status) -> When.ofArticle(article.published());

    /**
     * When the event of {@code trigger} (token indexes, the head first) in {@code tree}'s sentence
     * happened, given the status the coder gave it (a historical event does not take the
     * article's date).
     */
    When when(DependencyTree tree, List<Integer> trigger, Article article, Status status);
}
