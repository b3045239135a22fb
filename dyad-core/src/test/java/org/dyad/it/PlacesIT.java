package org.dyad.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Place;
import org.junit.jupiter.api.Test;

/** Where real sentences' events are placed, with the real models and the bundled gazetteer. */
class PlacesIT {
    /** The events coded from {@code text} whose trigger contains {@code trigger}. */
    private static List<Event> events(String text, String trigger) {
        Article article = Article.ofText("places", text, Optional.of(LocalDate.of(2019, 5, 13)), "PlacesIT");
        List<Event> events = SharedPipeline.code(article).events().stream()
                .filter(e -> e.trigger().text().contains(trigger))
                .toList();
        assertThat(events).as("events at '" + trigger + "' in: " + text).isNotEmpty();
        return events;
    }

    private static Optional<Place> where(String text, String trigger) {
        return events(text, trigger).get(0).where();
    }

    @Test
    void anAttackAmongVillagesInHamaProvinceIsInTheRegion() {
        Optional<Place> where = where(
                "Syrian government forces attacked rebels among the villages in Hama Province, central Syria.",
                "attacked");

        assertThat(where).hasValueSatisfying(p -> {
            assertThat(p.text()).isEqualTo("Hama Province");
            assertThat(p.feature()).isEqualTo("ADM1");
            assertThat(p.country()).contains("SYR");
            assertThat(p.admin1()).contains("Hama");
        });
    }

    @Test
    void aStrikeOnTheT4AirbaseIsNearHoms() {
        Optional<Place> where = where("Israeli jets struck the T4 airbase in Homs on Sunday.", "struck");

        assertThat(where).hasValueSatisfying(p -> {
            assertThat(p.country()).contains("SYR");
            assertThat(p.admin1()).contains("Homs");
            assertThat(p.lat()).isBetween(34.4, 34.8);
            assertThat(p.lon()).isBetween(36.6, 37.7);
        });
    }

    @Test
    void aCapitalThatActsIsNoPlace() {
        assertThat(where("Moscow forced both sides to sign a ceasefire.", "forced"))
                .isEmpty();
    }

    @Test
    void aDemonymIsNoPlace() {
        assertThat(where("Iranian forces attacked rebel positions on Tuesday.", "attacked"))
                .isEmpty();
    }

    @Test
    void aStrikeNearDamascusAirportIsAtTheAirport() {
        Optional<Place> where =
                where("Israel struck Iran-backed targets near Damascus International Airport.", "struck");

        assertThat(where).hasValueSatisfying(p -> {
            assertThat(p.text()).isEqualTo("Damascus International Airport");
            assertThat(p.feature()).isEqualTo("airport");
            assertThat(p.country()).contains("SYR");
            assertThat(p.gazetteerId()).startsWith("ourairports:");
        });
    }

    @Test
    void anEventWithNoPlaceHasNone() {
        assertThat(where("Iran condemned the Israeli government on Monday.", "condemned"))
                .isEmpty();
    }

    @Test
    void aPlaceCarriedByTheNounOfALocative() {
        Optional<Place> where = where(
                "More than 290 militants were killed in clashes with Kurdish forces "
                        + "in a border city in northern Raqqa province, military sources reported on Thursday.",
                "killed");

        assertThat(where).hasValueSatisfying(p -> {
            assertThat(p.text()).contains("Raqqa");
            assertThat(p.country()).contains("SYR");
        });
    }
}
