package org.dyad.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.dyad.lexicon.Resources;
import org.dyad.testkit.TestPlaces;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final String HEADER = "id\tfeature\tname\talt_names\tcountry\tadmin1\tlat\tlon\tpopulation\n";
    private final Gazetteer gazetteer = TestPlaces.gazetteer();

    @Test
    void namesAreLookedUpByTheirLooseKey() {
        assertThat(gazetteer.candidates("Hamah")).contains(TestPlaces.HAMA_CITY);
        assertThat(gazetteer.candidates("hama")).contains(TestPlaces.HAMA_CITY, TestPlaces.HAMA_JAPAN);
        assertThat(gazetteer.candidates("Qusayr")).containsExactly(TestPlaces.QUSAYR);
        assertThat(gazetteer.candidates("Arish")).containsExactly(TestPlaces.ARISH);
        assertThat(gazetteer.candidates("Nowhere")).isEmpty();
    }

    @Test
    void alternateNamesFindTheirPlace() {
        assertThat(gazetteer.candidates("Tarabulus")).containsExactly(TestPlaces.TRIPOLI_LIBYA);
        assertThat(gazetteer.candidates("Syrian Arab Republic")).containsExactly(TestPlaces.SYRIA);
    }

    @Test
    void aRegionIsAlsoFoundWithoutItsDesignator() {
        assertThat(gazetteer.candidates("Hama Governorate")).containsExactly(TestPlaces.HAMA_REGION);
        assertThat(gazetteer.candidates("Hama")).contains(TestPlaces.HAMA_REGION);
    }

    @Test
    void demonymsAreKnownInTheSingularAndThePlural() {
        assertThat(gazetteer.isDemonym("Syrian")).isTrue();
        assertThat(gazetteer.isDemonym("Iranians")).isTrue();
        assertThat(gazetteer.isDemonym("Syria")).isFalse();
        assertThat(gazetteer.isDemonym("Hama")).isFalse();
    }

    @Test
    void rowsOfThePlacesFormatAreRead() {
        List<PlaceEntry> out = new ArrayList<>();
        Gazetteer.read(
                "t.tsv",
                reader("# a comment\n" + HEADER
                        + "x:1\tcity\tKafr Nabl\tKafranbel|Kafr Nubl\tSYR\tIdlib\t35.61\t36.56\t12000\n"
                        + "\n"
                        + "x:2\tairport\tSome Field\t\tSYR\t\t35.0\t36.0\t0\n"),
                out);

        assertThat(out).hasSize(2);
        assertThat(out.get(0).altNames()).containsExactly("Kafranbel", "Kafr Nubl");
        assertThat(out.get(0).admin1()).contains("Idlib");
        assertThat(out.get(0).population()).isEqualTo(12000);
        assertThat(out.get(1).feature()).isEqualTo(PlaceFeature.AIRPORT);
        assertThat(out.get(1).altNames()).isEmpty();
        assertThat(out.get(1).admin1()).isEmpty();
    }

    @Test
    void aRowWithTooFewColumnsNamesItsLine() {
        assertThatThrownBy(() -> Gazetteer.read(
                        "t.tsv", reader(HEADER + "x:1\tcity\tHama\tSYR\t35\t36\t1\n"), new ArrayList<>()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t.tsv:2")
                .hasMessageContaining("7 columns, expected 9");
    }

    @Test
    void aBadValueNamesItsLineAndTheValue() {
        assertThatThrownBy(() -> Gazetteer.read(
                        "t.tsv", reader(HEADER + "x:1\tcity\tHama\t\tSYR\t\tnorth\t36\t1\n"), new ArrayList<>()))
                .hasMessageContaining("t.tsv:2")
                .hasMessageContaining("north");
        assertThatThrownBy(() -> Gazetteer.read(
                        "t.tsv", reader(HEADER + "x:1\tlake\tHama\t\tSYR\t\t35\t36\t1\n"), new ArrayList<>()))
                .hasMessageContaining("t.tsv:2")
                .hasMessageContaining("unknown place feature 'lake'");
        assertThatThrownBy(() -> Gazetteer.read(
                        "t.tsv", reader(HEADER + "x:1\tcity\tHama\t\tSY\t\t35\t36\t1\n"), new ArrayList<>()))
                .hasMessageContaining("t.tsv:2")
                .hasMessageContaining("not ISO alpha-3");
        assertThatThrownBy(() -> Gazetteer.read(
                        "t.tsv", reader(HEADER + "x:1\tcity\tHama\t\tSYR\t\t95\t36\t1\n"), new ArrayList<>()))
                .hasMessageContaining("t.tsv:2")
                .hasMessageContaining("off the globe");
    }

    @Test
    void theMilitarySitesFileParses() {
        List<PlaceEntry> out = new ArrayList<>();
        Gazetteer.read(Gazetteer.MILITARY_SITES, Resources.open(Gazetteer.MILITARY_SITES), out);

        assertThat(out).isNotEmpty().allSatisfy(e -> {
            assertThat(e.id()).startsWith("dyad:");
            assertThat(e.feature().isSite()).isTrue();
        });
        assertThat(out).extracting(PlaceEntry::id).contains("dyad:tiyas-airbase", "dyad:khmeimim-airbase");
        PlaceEntry t4 = out.stream()
                .filter(e -> e.id().equals("dyad:tiyas-airbase"))
                .findFirst()
                .orElseThrow();
        assertThat(t4.country()).isEqualTo("SYR");
        assertThat(t4.admin1()).contains("Homs");
        assertThat(t4.altNames()).contains("T4 airbase");
    }

    private static BufferedReader reader(String text) {
        return new BufferedReader(new StringReader(text));
    }
}
