package org.dyad.imports;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.actors.Country;
import org.dyad.actors.CountryTable;

/**
 * Countries by ISO 3166 alpha-3 code or by English name, from dyad's country table: common,
 * official and other names, compared without case, accents or "the", and with the inverted
 * form datasets use ("Korea, Republic of") turned round.
 */
final class CountryNames {
    private final CountryTable table;
    private final Map<String, String> byName = new HashMap<>();

    CountryNames(CountryTable table) {
        this.table = table;
        for (Country c : table.all()) {
            put(c.name(), c.iso3());
            table.officialName(c.iso3()).ifPresent(n -> put(n, c.iso3()));
            c.altNames().forEach(n -> put(n, c.iso3()));
        }
    }

    private void put(String name, String iso3) {
        // A name two countries share (there are a few alternative ones) names neither.
        byName.merge(key(name), iso3, (x, y) -> x.equals(y) ? x : "");
    }

    /** {@code code} if it is the alpha-3 code of a country the table knows ("RUS"); else empty. */
    Optional<String> byCode(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        return table.byCode(c).map(Country::iso3);
    }

    /** The alpha-3 code of the country named {@code name} ("Russian Federation", "Korea, Republic of"). */
    Optional<String> byName(String name) {
        String k = key(name);
        String found = byName.get(k);
        int comma = k.indexOf(", ");
        if (found == null && comma > 0) {
            found = byName.get(key(k.substring(comma + 2) + " " + k.substring(0, comma)));
        }
        return Optional.ofNullable(found).filter(s -> !s.isEmpty());
    }

    /** A code if {@code value} is one, else a name's code. */
    Optional<String> byCodeOrName(String value) {
        return value.strip().length() == 3 ? byCode(value).or(() -> byName(value)) : byName(value);
    }

    private static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace('&', ' ')
                .replaceAll("\\band\\b", " ")
                .replaceAll("[^a-z0-9, ]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return plain.startsWith("the ") ? plain.substring(4) : plain;
    }
}
