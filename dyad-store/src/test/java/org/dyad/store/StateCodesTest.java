package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StateCodesTest {
    private final Map<String, StateCodes.Row> byIso =
            StateCodes.shipped().rows().stream().collect(Collectors.toMap(StateCodes.Row::iso3, Function.identity()));

    @Test
    void theShippedTableHoldsTheStatesOfThePresentOncePerCode() {
        // The COW list of 2016 has 195 states; GW's 197 current states less Abkhazia and South Ossetia.
        assertThat(byIso).hasSize(195);
        assertThat(byIso.values().stream().map(r -> r.cown().getAsInt()).distinct())
                .hasSize(195);
        assertThat(byIso.values().stream().map(r -> r.gwn().getAsInt()).distinct())
                .hasSize(195);
    }

    @Test
    void codesThatDifferBetweenCowAndGleditschWard() {
        assertCodes("DEU", 255, 260); // GW continues West Germany's 260
        assertCodes("SRB", 345, 340); // COW continues Yugoslavia's 345
        assertCodes("YEM", 679, 678); // GW continues North Yemen's 678
        assertCodes("NRU", 970, 971);
        assertCodes("KIR", 946, 970);
        assertCodes("VNM", 816, 816);
        assertCodes("UNK", 347, 347); // Kosovo, by dyad's country code
        assertCodes("USA", 2, 2);
        assertThat(byIso).doesNotContainKey("VAT"); // in neither system today
    }

    @Test
    void aMalformedTableIsNamedWithItsLine() {
        String table = "iso3c\tcown\tgwn\tcountry_name\nUSA\t2\t2\tUnited States\nDEU\t255\tGermany\n";
        assertThatThrownBy(() -> StateCodes.parse(new BufferedReader(new StringReader(table))))
                .hasMessageContaining(":3:")
                .hasMessageContaining("3 columns");
    }

    @Test
    void theSqlHoldsEmptyCodesAsNull() throws Exception {
        String table = "iso3c\tcown\tgwn\tcountry_name\nAAA\t\t7\tOnly GW\n";
        StateCodes codes = StateCodes.parse(new BufferedReader(new StringReader(table)));
        assertThat(codes.rows().get(0).cown()).isEqualTo(OptionalInt.empty());
        assertThat(codes.sql()).contains("('AAA', NULL, 7)");
    }

    private void assertCodes(String iso3, int cown, int gwn) {
        assertThat(byIso.get(iso3).cown()).as(iso3 + " COW").isEqualTo(OptionalInt.of(cown));
        assertThat(byIso.get(iso3).gwn()).as(iso3 + " GW").isEqualTo(OptionalInt.of(gwn));
    }
}
