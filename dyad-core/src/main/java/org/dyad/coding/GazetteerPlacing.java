package org.dyad.coding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.dyad.model.ActorKind;
import org.dyad.model.ActorMention;
import org.dyad.model.ActorTaggedArticle;
import org.dyad.model.EntityClass;
import org.dyad.model.Place;
import org.dyad.model.Span;
import org.dyad.nlp.DependencyTree;
import org.dyad.places.PlaceAnaphora;
import org.dyad.places.PlaceEntry;
import org.dyad.places.PlaceFeature;
import org.dyad.places.PlacePhrase;
import org.dyad.places.PlacePhrases;
import org.dyad.places.PlaceResolver;
import org.dyad.rules.Rules;

/**
 * Places an event at the first phrase on its trigger's dependency path that the gazetteer can
 * resolve ({@link PlacePhrases}), ranking a name's candidates by the countries of the article's
 * actors and of the names beside it ({@link PlaceResolver}). A country is a place only where a
 * place phrase names it ("in Syria"); a person, an organisation or a party of the event is not.
 */
public final class GazetteerPlacing implements EventPlacing {
    /** Named-entity classes a place's words never have ("in February", "at the UN"). */
    private static final Set<EntityClass> NOT_PLACES = EnumSet.of(
            EntityClass.PERSON,
            EntityClass.ORGANIZATION,
            EntityClass.DATE,
            EntityClass.TIME,
            EntityClass.DURATION,
            EntityClass.SET,
            EntityClass.NUMBER,
            EntityClass.ORDINAL,
            EntityClass.MONEY,
            EntityClass.PERCENT);

    private final Supplier<PlaceResolver> resolver;
    private final Rules rules;

    /**
     * Placing with the resolver {@code resolver} gives when first asked (it may still be loading)
     * and the place selectors of {@code rules} ({@code dyad/rules/places.rules}).
     */
    public GazetteerPlacing(Supplier<PlaceResolver> resolver, Rules rules) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** As {@link #GazetteerPlacing(Supplier, Rules)} with the bundled rules. */
    public GazetteerPlacing(Supplier<PlaceResolver> resolver) {
        this(resolver, Rules.loadBundled());
    }

    @Override
    public Optional<Place> where(DependencyTree tree, List<Integer> trigger, ActorTaggedArticle article) {
        PlacePhrases phrases = new PlacePhrases(tree, rules);
        List<PlacePhrase> found = phrases.of(trigger);
        Optional<Integer> anaphor = phrases.anaphor(trigger);
        if (found.isEmpty() && anaphor.isEmpty()) {
            return Optional.empty();
        }
        PlaceResolver places = resolver.get();
        Set<String> context = article.countries();
        String text = article.article().text();
        for (PlacePhrase p : found) {
            Optional<PlaceEntry> e = resolve(tree, p, article, context, places);
            if (e.isPresent()) {
                Span chars = tree.sentence().charSpan(p.first(), p.last());
                return Optional.of(place(chars, e.get(), text));
            }
        }
        if (anaphor.isEmpty()) {
            return Optional.empty();
        }
        int noun = anaphor.get();
        return PlaceAnaphora.of(
                        tree,
                        noun,
                        article.annotated().sentences(),
                        rules,
                        q -> resolve(q.tree(), q.phrase(), article, context, places))
                .map(a -> place(tree.sentence().charSpan(firstOfNounPhrase(tree, noun), noun), a.place(), text));
    }

    /** The place a phrase names, if it names one and is not a party of the event, a person or an organisation. */
    private static Optional<PlaceEntry> resolve(
            DependencyTree tree, PlacePhrase p, ActorTaggedArticle article, Set<String> context, PlaceResolver places) {
        if (!isPlaceName(tree, p, article.actorsIn(tree.sentence().index()))) {
            return Optional.empty();
        }
        Set<String> besides = new HashSet<>();
        for (List<Integer> b : p.besides()) {
            places.resolve(query(tree, b, Optional.empty(), Set.of()), context)
                    .filter(e -> e.feature() == PlaceFeature.COUNTRY)
                    .ifPresent(e -> besides.add(e.country()));
        }
        return places.resolve(query(tree, p.tokens(), p.designation(), besides), context)
                .filter(e -> !(p.mayNameParty() && e.feature() == PlaceFeature.COUNTRY));
    }

    private static int firstOfNounPhrase(DependencyTree tree, int noun) {
        int first = noun;
        for (int c : tree.children(noun, "det", "amod", "compound")) {
            first = Math.min(first, c);
        }
        return first;
    }

    /**
     * Whether a phrase may name a place: not a person's or an organisation's name, and for an
     * object or a modifier not an actor at all (in "attacked Iran", Iran is the target; "a U.S. patrol" is a party's).
     */
    private static boolean isPlaceName(DependencyTree tree, PlacePhrase p, List<ActorMention> mentions) {
        for (int t : p.tokens()) {
            if (NOT_PLACES.contains(tree.token(t).entity())) {
                return false;
            }
        }
        for (ActorMention m : mentions) {
            if (m.head() >= p.first()
                    && m.head() <= p.last()
                    && (p.mayNameParty()
                            || m.actor().kind() == ActorKind.PERSON
                            || m.actor().kind() == ActorKind.ORGANIZATION)) {
                return false;
            }
        }
        return true;
    }

    private static PlaceResolver.Query query(
            DependencyTree tree,
            List<Integer> tokens,
            Optional<org.dyad.places.PlaceNames.Designation> designation,
            Set<String> besides) {
        List<String> words = new ArrayList<>();
        for (int t : tokens) {
            words.add(tree.token(t).word());
        }
        return new PlaceResolver.Query(words, designation, besides);
    }

    private static Place place(Span chars, PlaceEntry e, String articleText) {
        return new Place(
                chars.cut(articleText),
                e.name(),
                Optional.of(e.country()),
                e.admin1(),
                e.lat(),
                e.lon(),
                e.feature().label(),
                e.id(),
                Optional.of(chars));
    }
}
