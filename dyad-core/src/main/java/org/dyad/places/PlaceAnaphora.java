package org.dyad.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.dyad.model.Sentence;
import org.dyad.nlp.DependencyTree;
import org.dyad.rules.Rules;

/**
 * The place a definite place noun refers back to ("the T4 airbase in Homs ... This site has been
 * the target of strikes"): the last place named before it in its sentence or the two before,
 * a site (airport, base) first for "site", "base" or "facility", never a country, which the noun
 * would not stand for.
 */
public final class PlaceAnaphora {
    private static final int SENTENCES_BACK = 2;

    private PlaceAnaphora() {}

    /** A place named before, found by resolving names with {@code resolve}. */
    public record Antecedent(Sentence sentence, PlacePhrase phrase, PlaceEntry place) {}

    /**
     * The antecedent of the anaphor {@code noun} of {@code tree}'s sentence among the names of the
     * sentences before it ({@code sentences} of the article), found by {@code rules} and each
     * resolved by {@code resolve}. A site noun ({@code @anaphor_site_nouns}: "the base") prefers a site.
     */
    public static Optional<Antecedent> of(
            DependencyTree tree,
            int noun,
            List<Sentence> sentences,
            Rules rules,
            Function<PlaceQueryContext, Optional<PlaceEntry>> resolve) {
        boolean site = rules.wordClasses()
                .contains("anaphor_site_nouns", tree.token(noun).lemma().toLowerCase(Locale.ROOT));
        int index = tree.sentence().index();
        for (int s = index; s >= Math.max(0, index - SENTENCES_BACK); s--) {
            DependencyTree t = s == index ? tree : new DependencyTree(sentences.get(s));
            List<Antecedent> found = new ArrayList<>();
            for (PlacePhrase p : new PlacePhrases(t, rules).names()) {
                if (s == index && p.first() >= noun) {
                    continue;
                }
                resolve.apply(new PlaceQueryContext(t, p))
                        .filter(e -> e.feature() != PlaceFeature.COUNTRY)
                        .ifPresent(e -> found.add(new Antecedent(t.sentence(), p, e)));
            }
            Optional<Antecedent> pick = found.stream()
                    .filter(a -> site && a.place().feature().isSite())
                    .reduce((a, b) -> b)
                    .or(() -> found.stream().reduce((a, b) -> b));
            if (pick.isPresent()) {
                return pick;
            }
        }
        return Optional.empty();
    }

    /** A name to resolve and the tree it is in. */
    public record PlaceQueryContext(DependencyTree tree, PlacePhrase phrase) {}
}
