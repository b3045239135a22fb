package org.dyad.coding;

import java.util.List;
import java.util.Optional;
import org.dyad.model.ActorTaggedArticle;
import org.dyad.model.Place;
import org.dyad.nlp.DependencyTree;

/** Places an event: the place phrase its trigger governs, resolved in the article's context. */
public interface EventPlacing {
    /** No event is placed. */
    EventPlacing NOWHERE = (tree, trigger, article) -> Optional.empty();

    /**
     * Where the event of {@code trigger} (token indexes, the head first) in {@code tree}'s sentence
     * happened; {@code article} gives the context (its actors' countries, its other places).
     */
    Optional<Place> where(DependencyTree tree, List<Integer> trigger, ActorTaggedArticle article);
}
