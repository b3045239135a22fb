package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CountryTableTest {
    private final CountryTable table = CountryTable.load();

    @Test
    void loadsAllCountriesOfTheBundledTable() {
        assertThat(table.size()).isEqualTo(250);
        assertThat(table.all()).hasSize(250).extracting(Country::iso3).doesNotHaveDuplicates();
    }

    @Test
    void knowsIranByItsCode() {
        Country iran = table.byCode("IRN").orElseThrow();
        assertThat(iran.name()).isEqualTo("Iran");
        assertThat(iran.demonyms()).contains("Iranian");
        assertThat(iran.capitals()).containsExactly("Tehran");
        assertThat(table.officialName("IRN")).contains("Islamic Republic of Iran");
        assertThat(iran.lat()).isBetween(25.0, 40.0);
        assertThat(iran.lon()).isBetween(44.0, 63.0);
        assertThat(table.byCode("XXX")).isEmpty();
    }

    @Test
    void listsAreSplitAndFiltered() {
        assertThat(table.byCode("ATG").orElseThrow().demonyms()).containsExactly("Antiguan", "Barbudan");
        assertThat(table.byCode("ZAF").orElseThrow().capitals()).hasSize(3);
        assertThat(table.byCode("ATA").orElseThrow().capitals()).isEmpty();
        // "Island" is Iceland in Icelandic but a common English word, so the conversion dropped it.
        assertThat(table.byCode("ISL").orElseThrow().altNames())
                .doesNotContain("Island")
                .contains("Republic of Iceland");
    }

    @Test
    void aBrokenRowThrowsNamingTheLine() {
        String tsv = "cca3\tcommon_name\tofficial_name\tdemonyms\tcapitals\talt_names\tlat\tlon\n"
                + "IRN\tIran\tIslamic Republic of Iran\tIranian\tTehran\t\t32\t53\n"
                + "RUS\tRussia\n";
        assertThatThrownBy(() -> CountryTable.read("t.tsv", new StringReader(tsv)))
                .hasMessageStartingWith("t.tsv:3:");
    }
}
