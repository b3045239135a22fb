package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.lexicon.Resources;
import org.junit.jupiter.api.Test;

class CountryTableSpanishTest {
    private final CountryTable english = CountryTable.load();
    private final CountryTable spanish = CountryTable.loadSpanish();

    @Test
    void hasEveryCountryOfTheEnglishTableAtTheSamePosition() {
        assertThat(spanish.size()).isEqualTo(english.size());
        for (Country en : english.all()) {
            Country es = spanish.byCode(en.iso3()).orElseThrow(() -> new AssertionError(en.iso3() + " missing"));
            assertThat(es.lat()).as(en.iso3() + " lat").isEqualTo(en.lat());
            assertThat(es.lon()).as(en.iso3() + " lon").isEqualTo(en.lon());
        }
        assertThat(spanish.all()).extracting(Country::iso3).containsExactlyElementsOf(codes(english));
    }

    @Test
    void russiaHasItsSpanishNameAndAllFourFormsOfItsDemonym() {
        Country russia = spanish.byCode("RUS").orElseThrow();
        assertThat(russia.name()).isEqualTo("Rusia");
        assertThat(spanish.officialName("RUS")).contains("Federación de Rusia");
        assertThat(russia.demonyms()).contains("ruso", "rusa", "rusos", "rusas");
        assertThat(russia.capitals()).contains("Moscú", "Moscu");
    }

    @Test
    void theUnitedStatesHaveTheirNameDemonymAndAbbreviations() {
        Country usa = spanish.byCode("USA").orElseThrow();
        assertThat(usa.name()).isEqualTo("Estados Unidos");
        // -ense has one form for both sexes: only the plural is added.
        assertThat(usa.demonyms()).contains("estadounidense", "estadounidenses").doesNotContain("estadounidensa");
        assertThat(usa.altNames()).contains("EE. UU.", "EEUU");
    }

    @Test
    void accentedNamesAndDemonymsAlsoComeWithoutAccents() {
        Country iran = spanish.byCode("IRN").orElseThrow();
        assertThat(iran.name()).isEqualTo("Irán");
        assertThat(iran.altNames()).contains("Iran");
        assertThat(iran.demonyms()).containsExactly("iraní", "iraníes", "irani", "iranies");
        assertThat(iran.capitals()).containsExactly("Teherán", "Teheran");
        assertThat(spanish.byCode("ESP").orElseThrow().altNames()).contains("Espana");
        assertThat(spanish.byCode("PER").orElseThrow().altNames()).contains("Peru");
    }

    @Test
    void demonymsFollowTheSpanishRulesForEachEnding() {
        assertThat(demonyms("ISR")).contains("israelí", "israelíes");
        assertThat(demonyms("VEN")).containsExactly("venezolano", "venezolana", "venezolanos", "venezolanas");
        assertThat(demonyms("DEU")).contains("alemán", "alemana", "alemanes", "alemanas");
        assertThat(demonyms("FRA")).contains("francés", "francesa", "franceses", "francesas");
        assertThat(demonyms("ESP")).contains("español", "española", "españoles", "españolas");
        assertThat(demonyms("BEL")).containsExactly("belga", "belgas");
        assertThat(demonyms("UNK")).containsExactly("kosovar", "kosovares");
    }

    @Test
    void capitalsAreSpanishAndTerritoriesWithoutOneStayEmpty() {
        assertThat(spanish.byCode("CHN").orElseThrow().capitals()).contains("Pekín");
        assertThat(spanish.byCode("GBR").orElseThrow().capitals()).containsExactly("Londres");
        assertThat(spanish.byCode("VEN").orElseThrow().capitals()).containsExactly("Caracas");
        assertThat(spanish.byCode("ATA").orElseThrow().capitals()).isEmpty();
    }

    @Test
    void noCellOrListItemHasSpacesAroundItOrIsEmptyInAList() {
        List<String> lines =
                Resources.read(CountryTable.SPANISH_RESOURCE).lines().toList();
        assertThat(lines.get(0)).isEqualTo("cca3\tcommon_name\tofficial_name\tdemonyms\tcapitals\talt_names\tlat\tlon");
        List<String> bad = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            assertThat(cells).as(line).hasSize(8);
            for (int c = 0; c < cells.length; c++) {
                if (!cells[c].equals(cells[c].strip())) {
                    bad.add(cells[0] + " cell " + c);
                }
                if (c >= 3 && c <= 5 && !cells[c].isEmpty()) {
                    for (String item : cells[c].split("\\|", -1)) {
                        if (item.isEmpty() || !item.equals(item.strip())) {
                            bad.add(cells[0] + " cell " + c + " item '" + item + "'");
                        }
                    }
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void everyDemonymIsLowerCase() {
        List<String> upper = new ArrayList<>();
        for (Country country : spanish.all()) {
            for (String demonym : country.demonyms()) {
                if (!demonym.equals(demonym.toLowerCase(Locale.ROOT))) {
                    upper.add(country.iso3() + " " + demonym);
                }
            }
        }
        assertThat(upper).isEmpty();
        assertThat(spanish.all().stream().filter(c -> !c.demonyms().isEmpty())).hasSizeGreaterThan(200);
    }

    private List<String> demonyms(String iso3) {
        return spanish.byCode(iso3).orElseThrow().demonyms();
    }

    private static List<String> codes(CountryTable table) {
        return table.all().stream().map(Country::iso3).toList();
    }
}
