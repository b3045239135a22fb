package org.dyad.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.dyad.places.PlaceResolver.Query;
import org.dyad.rules.Rules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled gazetteer resolves the names news about Syria uses (loaded once for the class). */
class BundledGazetteerTest {
    private static PlaceResolver resolver;

    @BeforeAll
    static void load() {
        resolver = new PlaceResolver(Gazetteer.loadBundled(Rules.loadBundled().wordClasses()));
    }

    private static Optional<PlaceEntry> resolve(String... words) {
        return resolver.resolve(Query.of(words), Set.of("SYR"));
    }

    @Test
    void itHoldsTheCitiesRegionsAirportsAndCountries() {
        assertThat(resolver.gazetteer().size()).isGreaterThan(100_000);
    }

    @Test
    void hamaProvinceIsTheRegion() {
        assertThat(resolve("Hama", "Province")).hasValueSatisfying(e -> {
            assertThat(e.feature()).isEqualTo(PlaceFeature.ADM1);
            assertThat(e.country()).isEqualTo("SYR");
            assertThat(e.admin1()).contains("Hama");
        });
    }

    @Test
    void newsSpellingsFindTheTowns() {
        assertThat(resolve("Hamah")).map(PlaceEntry::id).contains("geonames:170017");
        assertThat(resolve("al-Qusayr")).map(PlaceEntry::country).contains("SYR");
        assertThat(resolve("Raqqa")).map(PlaceEntry::admin1).contains(Optional.of("Raqqa"));
        assertThat(resolve("Homs")).map(PlaceEntry::feature).contains(PlaceFeature.CITY);
    }

    @Test
    void sitesByTheirNames() {
        assertThat(resolve("Damascus", "International", "Airport"))
                .map(PlaceEntry::id)
                .contains("ourairports:OSDI");
        assertThat(resolve("T4", "airbase")).map(PlaceEntry::id).contains("dyad:tiyas-airbase");
        assertThat(resolve("Hmeimim")).map(PlaceEntry::id).contains("dyad:khmeimim-airbase");
    }

    @Test
    void countriesAndDemonyms() {
        assertThat(resolve("Syria")).map(PlaceEntry::id).contains("countries:SYR");
        assertThat(resolve("Iranian")).isEmpty();
    }

    @Test
    void regionsSeasAndSeatsOfGovernmentAreNoTowns() {
        // Each is a town in cities1000 (the Philippines, Missouri, Tennessee) that news never means.
        assertThat(resolver.gazetteer().candidates("Asia")).anyMatch(e -> e.feature() == PlaceFeature.CITY);
        assertThat(resolver.gazetteer().candidates("White House")).anyMatch(e -> e.feature() == PlaceFeature.CITY);
        assertThat(resolve("Asia")).isEmpty();
        assertThat(resolve("Pacific")).isEmpty();
        assertThat(resolve("White", "House")).isEmpty();
        assertThat(resolve("Charlevoix")).map(PlaceEntry::feature).contains(PlaceFeature.CITY);
    }

    @Test
    void theArticlesCountryPicksTripoli() {
        assertThat(resolver.resolve(Query.of("Tripoli"), Set.of("LBN")))
                .map(PlaceEntry::country)
                .contains("LBN");
        assertThat(resolver.resolve(Query.of("Tripoli"), Set.of()))
                .map(PlaceEntry::country)
                .contains("LBY");
    }

    @Test
    void abbreviationsAreCountriesNeverVillages() {
        assertThat(resolver.resolve(Query.of("U.S."), Set.of()))
                .map(PlaceEntry::id)
                .contains("countries:USA");
        assertThat(resolver.resolve(Query.of("UK"), Set.of()))
                .map(PlaceEntry::id)
                .contains("countries:GBR");
        // No country goes by "Ub": the Serbian town of Ub is not taken for one either.
        assertThat(resolver.resolve(Query.of("Ub"), Set.of())).isEmpty();
    }

    @Test
    void aCapitalComesBeforeTheRegionOfItsName() {
        assertThat(resolver.resolve(Query.of("Washington"), Set.of("USA"))).hasValueSatisfying(e -> {
            assertThat(e.feature()).isEqualTo(PlaceFeature.CITY);
            assertThat(e.admin1()).contains("District of Columbia");
        });
    }

    @Test
    void aCompassWordIsNoPlace() {
        assertThat(resolver.resolve(Query.of("West"), Set.of("CMR"))).isEmpty();
        assertThat(resolver.resolve(Query.of("North"), Set.of())).isEmpty();
    }
}
