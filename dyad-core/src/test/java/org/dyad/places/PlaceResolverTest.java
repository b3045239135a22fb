package org.dyad.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.places.PlaceNames.Designation;
import org.dyad.places.PlaceResolver.Query;
import org.dyad.testkit.TestPlaces;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {
    private final PlaceResolver resolver = new PlaceResolver(TestPlaces.gazetteer());

    private Optional<PlaceEntry> resolve(Set<String> context, String... words) {
        return resolver.resolve(Query.of(words), context);
    }

    @Test
    void aBareNameIsTheTownRatherThanTheRegion() {
        assertThat(resolve(Set.of(), "Hama")).contains(TestPlaces.HAMA_CITY);
        assertThat(resolve(Set.of(), "Hamah")).contains(TestPlaces.HAMA_CITY);
    }

    @Test
    void provinceOrGovernorateMakesItTheRegion() {
        assertThat(resolve(Set.of(), "Hama", "Province")).contains(TestPlaces.HAMA_REGION);
        assertThat(resolve(Set.of(), "Hama", "governorate")).contains(TestPlaces.HAMA_REGION);
        assertThat(resolver.resolve(new Query(List.of("Hama"), Optional.of(Designation.REGION), Set.of()), Set.of()))
                .contains(TestPlaces.HAMA_REGION);
    }

    @Test
    void theMostPopulousPlaceWinsWithoutContext() {
        assertThat(resolve(Set.of(), "Tripoli")).contains(TestPlaces.TRIPOLI_LIBYA);
    }

    @Test
    void theArticlesCountriesBreakTies() {
        assertThat(resolve(Set.of("LBN"), "Tripoli")).contains(TestPlaces.TRIPOLI_LEBANON);
        assertThat(resolve(Set.of("JPN"), "Hama")).contains(TestPlaces.HAMA_JAPAN);
    }

    @Test
    void contextDoesNotOutweighATenThousandfoldPopulation() {
        assertThat(resolve(Set.of("USA"), "Tripoli")).contains(TestPlaces.TRIPOLI_LIBYA);
    }

    @Test
    void aCountryNamedBesideThePlaceOutweighsTheArticlesCountries() {
        Query tripoliLebanon = new Query(List.of("Tripoli"), Optional.empty(), Set.of("LBN"));

        assertThat(resolver.resolve(tripoliLebanon, Set.of("LBY"))).contains(TestPlaces.TRIPOLI_LEBANON);
    }

    @Test
    void anAirportByItsFullName() {
        assertThat(resolve(Set.of(), "Damascus", "International", "Airport")).contains(TestPlaces.DAMASCUS_AIRPORT);
        assertThat(resolve(Set.of(), "Damascus")).contains(TestPlaces.DAMASCUS);
    }

    @Test
    void aTownIsNotTheAirBaseThatGoesByItsName() {
        assertThat(resolve(Set.of("IRQ"), "Fallujah")).contains(TestPlaces.FALLUJAH);
    }

    @Test
    void aMilitaryBaseByItsNewsName() {
        assertThat(resolve(Set.of(), "T4", "airbase")).contains(TestPlaces.T4);
        assertThat(resolve(Set.of(), "T4")).contains(TestPlaces.T4);
    }

    @Test
    void aCountryNameIsTheCountry() {
        assertThat(resolve(Set.of(), "Syria")).contains(TestPlaces.SYRIA);
        assertThat(resolve(Set.of(), "Jordan")).contains(TestPlaces.JORDAN);
    }

    @Test
    void aDemonymIsNeverAPlace() {
        assertThat(resolver.gazetteer().candidates("Syrian"))
                .as("a town of that name")
                .isNotEmpty();
        assertThat(resolve(Set.of("SYR"), "Syrian")).isEmpty();
        assertThat(resolve(Set.of(), "Iranians")).isEmpty();
    }

    @Test
    void unknownNamesAndEmptyQueriesResolveToNothing() {
        assertThat(resolve(Set.of(), "Atlantis")).isEmpty();
        assertThat(resolver.resolve(new Query(List.of(), Optional.empty(), Set.of()), Set.of()))
                .isEmpty();
    }
}
