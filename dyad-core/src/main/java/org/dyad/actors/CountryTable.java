package org.dyad.actors;

import java.io.Reader;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.actors.internal.DictionaryLines;
import org.dyad.lexicon.Resources;

/**
 * The table of countries and territories bundled as {@code /dyad/countries/countries.tsv}
 * (converted from world-countries, ODbL): look-up by ISO alpha-3 code, and all rows in order.
 * {@code countries-es.tsv} beside it has the same rows with Spanish names, demonyms and capitals.
 */
public final class CountryTable {
    /** Where the bundled table lives on the class path. */
    public static final String RESOURCE = "/dyad/countries/countries.tsv";

    /** The Spanish table: the same codes and positions, Spanish names, demonyms and capitals. */
    public static final String SPANISH_RESOURCE = "/dyad/countries/countries-es.tsv";
    /** The table with Arabic names (world-countries' translations; no demonyms or capitals). */
    public static final String ARABIC_RESOURCE = "/dyad/countries/countries-ar.tsv";

    private static final int COLUMNS = 8;
    private static final String LIST_SEPARATOR = "\\|";

    private final Map<String, Country> byCode;
    private final Map<String, String> officialNames;

    private final String name;

    private CountryTable(String name, Map<String, Country> byCode, Map<String, String> officialNames) {
        this.name = name;
        this.byCode = byCode;
        this.officialNames = officialNames;
    }

    /** A table of the given countries, in that order, without official names (for tests and tools). */
    public static CountryTable of(List<Country> countries) {
        Map<String, Country> byCode = new LinkedHashMap<>();
        for (Country country : countries) {
            if (byCode.put(country.iso3(), country) != null) {
                throw new IllegalArgumentException("country " + country.iso3() + " appears twice");
            }
        }
        return new CountryTable("countries.tsv", byCode, Map.of());
    }

    /** Reads the bundled (English) table. */
    public static CountryTable load() {
        return load(RESOURCE);
    }

    /** Reads the bundled Arabic table ({@link #ARABIC_RESOURCE}). */
    public static CountryTable loadArabic() {
        return load(ARABIC_RESOURCE);
    }

    /** Reads the bundled Spanish table ({@link #SPANISH_RESOURCE}). */
    public static CountryTable loadSpanish() {
        return load(SPANISH_RESOURCE);
    }

    /** Reads a bundled table in the countries.tsv format from the class path. */
    public static CountryTable load(String resource) {
        return read(resource, Resources.open(resource));
    }

    /**
     * Reads a table in the countries.tsv format (header row, then cca3, common_name,
     * official_name, demonyms, capitals, alt_names, lat, lon; lists '|'-separated). The table is
     * our own converted data, so a bad row is a broken file and throws.
     */
    public static CountryTable read(String name, Reader in) {
        List<String> lines = DictionaryLines.readAll(name, in);
        Map<String, Country> byCode = new LinkedHashMap<>();
        Map<String, String> officialNames = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length != COLUMNS) {
                throw new IllegalArgumentException(
                        name + ":" + (i + 1) + ": " + cells.length + " columns, expected " + COLUMNS);
            }
            Country country = new Country(
                    cells[0],
                    cells[1],
                    list(cells[3]),
                    list(cells[4]),
                    list(cells[5]),
                    Double.parseDouble(cells[6]),
                    Double.parseDouble(cells[7]));
            if (byCode.put(country.iso3(), country) != null) {
                throw new IllegalArgumentException(
                        name + ":" + (i + 1) + ": country " + country.iso3() + " appears twice");
            }
            if (!cells[2].isBlank()) {
                officialNames.put(country.iso3(), cells[2].strip());
            }
        }
        return new CountryTable(name.substring(name.lastIndexOf('/') + 1), byCode, officialNames);
    }

    public Optional<Country> byCode(String iso3) {
        return Optional.ofNullable(byCode.get(iso3));
    }

    /** All countries in table order. */
    public List<Country> all() {
        return List.copyOf(byCode.values());
    }

    /** The official name of a country of this table ("Islamic Republic of Iran"). */
    public Optional<String> officialName(String iso3) {
        return Optional.ofNullable(officialNames.get(iso3));
    }

    public int size() {
        return byCode.size();
    }

    private static List<String> list(String cell) {
        return cell.isBlank()
                ? List.of()
                : Arrays.stream(cell.split(LIST_SEPARATOR)).map(String::strip).toList();
    }

    /** The file the table was read from ("countries-es.tsv"), as evidence names it. */
    public String name() {
        return name;
    }
}
