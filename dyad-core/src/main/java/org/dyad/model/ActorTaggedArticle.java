package org.dyad.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An annotated article with every actor mention found in it, in text order. Immutable. The
 * mentions of a sentence and the countries of all mentions are looked up for every event, so
 * they are indexed once here: a scan per event made a book-length article quadratic.
 */
public final class ActorTaggedArticle {
    private final AnnotatedArticle annotated;
    private final List<ActorMention> actors;
    /** Where each sentence's mentions start in {@link #actors}: sentence i's are [starts[i], starts[i+1]). */
    private final int[] starts;

    private final Set<String> countries;
    private final Optional<String> storyCountry;

    public ActorTaggedArticle(AnnotatedArticle annotated, List<ActorMention> actors) {
        this.annotated = Objects.requireNonNull(annotated, "annotated");
        List<ActorMention> sorted = new ArrayList<>(actors);
        sorted.sort(Comparator.comparingInt(ActorMention::sentenceIndex)); // stable: text order within a sentence stays
        this.actors = List.copyOf(sorted);
        int sentences = Math.max(
                annotated.sentences().size(),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1).sentenceIndex() + 1);
        starts = new int[sentences + 1];
        int m = 0;
        for (int s = 0; s <= sentences; s++) {
            while (m < sorted.size() && sorted.get(m).sentenceIndex() < s) {
                m++;
            }
            starts[s] = m;
        }
        Set<String> found = new LinkedHashSet<>();
        for (ActorMention mention : sorted) {
            mention.actor().country().ifPresent(found::add);
        }
        countries = Collections.unmodifiableSet(found);
        storyCountry = StoryCountry.of(sorted);
    }

    public AnnotatedArticle annotated() {
        return annotated;
    }

    public List<ActorMention> actors() {
        return actors;
    }

    public Article article() {
        return annotated.article();
    }

    /** The mentions found in one sentence. */
    public List<ActorMention> actorsIn(int sentenceIndex) {
        if (sentenceIndex < 0 || sentenceIndex + 1 >= starts.length) {
            return List.of();
        }
        return actors.subList(starts[sentenceIndex], starts[sentenceIndex + 1]);
    }

    /** The countries of every actor mentioned in the article. */
    public Set<String> countries() {
        return countries;
    }

    /** The country the article is about ({@link StoryCountry}), if one dominates it. */
    public Optional<String> storyCountry() {
        return storyCountry;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActorTaggedArticle other
                && annotated.equals(other.annotated)
                && actors.equals(other.actors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(annotated, actors);
    }

    @Override
    public String toString() {
        return "ActorTaggedArticle[annotated=" + annotated + ", actors=" + actors + "]";
    }
}
