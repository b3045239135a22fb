package org.dyad.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.lexicon.Resources;
import org.dyad.places.PlaceNames.Designation;
import org.dyad.rules.WordClasses;

/**
 * Picks the place a name means among the gazetteer's candidates, in the article's context: a
 * place in a country the article is about (its actors' countries, the country named beside the
 * place: "Homs, central Syria") before a bigger one elsewhere; a region where the text says
 * "province", an airport where it says "airport"; else the most populous.
 */
public final class PlaceResolver {
    // Weights in units of log10(population): being in a country the article names outweighs a
    // hundredfold population ("Tripoli" in an article about Lebanon), a country named beside the
    // place outweighs anything but the designator.
    private static final double CONTEXT_COUNTRY = 3.0;
    private static final double QUALIFIER_COUNTRY = 8.0;
    private static final double COUNTRY_NAME = 9.0;
    private static final double REGION_WITHOUT_DESIGNATOR = -1.0;
    private static final double SITE_BY_NAME = 6.0;
    /** News means the capital by a name it shares with a region ("in Washington"). */
    private static final double CAPITAL = 1.0;
    /** Loose keys of names news uses for a region, a sea or a seat of government, not the town of that name. */
    private static final String NOT_TOWNS = "dyad/places/not-towns.txt";

    private final Gazetteer gazetteer;
    private final WordClasses classes;
    private final Set<String> notTowns;

    /** A resolver over {@code gazetteer}, reading names with the word classes it was read with. */
    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.classes = gazetteer.words();
        this.notTowns = Resources.read(NOT_TOWNS)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(PlaceNames::key)
                .collect(Collectors.toUnmodifiableSet());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * A name to resolve: its words as written ("Hama", "Province"), a designator the text put
     * around it elsewhere ("the town of X"), and the countries named beside it.
     */
    public record Query(List<String> words, Optional<Designation> designation, Set<String> qualifiers) {
        public Query {
            words = List.copyOf(words);
            Objects.requireNonNull(designation, "designation");
            qualifiers = Set.copyOf(qualifiers);
        }

        public static Query of(String... words) {
            return new Query(List.of(words), Optional.empty(), Set.of());
        }
    }

    /** The place {@code query} most likely names given the article's {@code contextCountries}; empty if none. */
    public Optional<PlaceEntry> resolve(Query query, Set<String> contextCountries) {
        if (query.words().isEmpty()) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>(query.words());
        Optional<Designation> designation = query.designation();
        // The whole phrase first: "Damascus International Airport" and "Hama Governorate" are names themselves.
        List<PlaceEntry> found = gazetteer.candidates(String.join(" ", words));
        boolean byFullName = !found.isEmpty();
        while (found.isEmpty() && words.size() > 1) {
            String last = words.get(words.size() - 1);
            String first = words.get(0);
            Optional<Designation> d = PlaceNames.designation(classes, last);
            if (d.isPresent()
                    || (designation.orElse(null) == Designation.SITE
                            && classes.contains("site_qualifiers", lower(last)))) {
                designation = designation.or(() -> d);
                words.remove(words.size() - 1);
            } else if (PlaceNames.designation(classes, first).isPresent()) {
                designation = designation.or(() -> PlaceNames.designation(classes, first));
                words.remove(0);
            } else {
                break;
            }
            found = gazetteer.candidates(String.join(" ", words));
        }
        if (found.isEmpty() || (words.size() == 1 && gazetteer.isDemonym(words.get(0)))) {
            return Optional.empty();
        }
        String key = PlaceNames.key(String.join(" ", words));
        // Compass words name regions of several countries ("West", "North") and in news a direction or a bloc.
        if (classes.contains("compass_words", key)) {
            return Optional.empty();
        }
        if (notTowns.contains(key)) {
            found = found.stream().filter(e -> e.feature() != PlaceFeature.CITY).toList();
        }
        if (key.matches("[a-z]{1,2}")) {
            // "U.S.", "UK": a country's abbreviation, never the French village of Us.
            found = found.stream()
                    .filter(e -> e.feature() == PlaceFeature.COUNTRY)
                    .toList();
        }
        Optional<Designation> said = designation;
        // A site is named by its full name only with its designator ("Damascus International Airport",
        // "T4 airbase"): a bare "Fallujah" that an air base also goes by is the town.
        boolean named = byFullName
                && query.words().stream()
                        .anyMatch(w -> PlaceNames.designation(classes, w).orElse(null) == Designation.SITE);
        return found.stream()
                .max(Comparator.comparingDouble(
                        (PlaceEntry e) -> score(e, said, named, query.qualifiers(), contextCountries)
                                + (gazetteer.isCapital(e) ? CAPITAL : 0)));
    }

    private static double score(
            PlaceEntry e,
            Optional<Designation> designation,
            boolean byFullName,
            Set<String> qualifiers,
            Set<String> context) {
        double s = Math.log10(e.population() + 1.0);
        if (context.contains(e.country())) {
            s += CONTEXT_COUNTRY;
        }
        if (qualifiers.contains(e.country())) {
            s += QUALIFIER_COUNTRY;
        }
        Designation d = designation.orElse(null);
        switch (e.feature()) {
            case COUNTRY -> s += COUNTRY_NAME;
            case ADM1 -> s += d == Designation.REGION ? 2 * QUALIFIER_COUNTRY : REGION_WITHOUT_DESIGNATOR;
            case CITY -> s += d == Designation.TOWN ? QUALIFIER_COUNTRY : 0;
            case AIRPORT, MILITARY_BASE ->
                s += (d == Designation.SITE ? 2 * QUALIFIER_COUNTRY : 0) + (byFullName ? SITE_BY_NAME : 0);
            default -> throw new IllegalStateException("feature " + e.feature());
        }
        return s;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
