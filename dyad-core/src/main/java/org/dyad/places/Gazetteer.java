package org.dyad.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.dyad.actors.Country;
import org.dyad.actors.CountryTable;
import org.dyad.lexicon.Resources;
import org.dyad.rules.Rules;
import org.dyad.rules.WordClasses;

/**
 * The places dyad can name: countries (the bundled country table), first-level regions, towns of
 * 1000 people or more (GeoNames), airports and air bases (OurAirports) and dyad's own military sites,
 * looked up by {@link PlaceNames#key loose key} of their names and alternate names, and the word
 * classes its names are read with (designators: "Damascus Governorate" is also "Damascus"), which
 * a {@link PlaceResolver} reads the names of the text with. Immutable and thread-safe once built;
 * loading the bundled data takes a second, so a process loads it once.
 */
public final class Gazetteer {
    public static final String PLACES = "/dyad/places/places.tsv.gz";
    public static final String MILITARY_SITES = "/dyad/places/military-sites.tsv";
    public static final String COUNTRY_ALIASES = "/dyad/places/country-aliases.tsv";
    private static final int COLUMNS = 9;

    private final Map<String, List<PlaceEntry>> byKey;
    private final Set<String> demonyms;
    private final Set<String> capitals;
    private final int size;
    private final WordClasses words;

    private Gazetteer(
            Map<String, List<PlaceEntry>> byKey,
            Set<String> demonyms,
            Set<String> capitals,
            int size,
            WordClasses words) {
        this.byKey = byKey;
        this.demonyms = demonyms;
        this.capitals = capitals;
        this.size = size;
        this.words = words;
    }

    /** The bundled gazetteer, its names read with {@code words} (the rules' word classes). */
    public static Gazetteer loadBundled(WordClasses words) {
        CountryTable countries = CountryTable.load();
        List<PlaceEntry> entries = new ArrayList<>(150_000);
        entries.addAll(countryEntries(countries, readAliases(Resources.open(COUNTRY_ALIASES))));
        read(PLACES, openGzip(PLACES), entries);
        read(MILITARY_SITES, Resources.open(MILITARY_SITES), entries);
        return of(entries, countries.all(), words);
    }

    /** As {@link #of(List, List, WordClasses)} with the bundled rules' word classes. */
    public static Gazetteer of(List<PlaceEntry> entries, List<Country> countries) {
        return of(entries, countries, Rules.loadBundled().wordClasses());
    }

    /**
     * A gazetteer of these entries, their names read with {@code words}; the countries' demonyms
     * are what is never a place ("Syrian").
     */
    public static Gazetteer of(List<PlaceEntry> entries, List<Country> countries, WordClasses words) {
        Map<String, List<PlaceEntry>> byKey = new HashMap<>(entries.size() * 2);
        for (PlaceEntry e : entries) {
            Set<String> keys = new LinkedHashSet<>();
            keys.add(PlaceNames.key(e.name()));
            e.altNames().forEach(a -> keys.add(PlaceNames.key(a)));
            if (e.feature() == PlaceFeature.ADM1) {
                // "Damascus Governorate" is also found as "Damascus" (with a region's designator or not).
                keys.add(PlaceNames.key(withoutDesignators(words, e.name())));
            }
            keys.remove("");
            for (String k : keys) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>(1)).add(e);
            }
        }
        Set<String> demonyms = new java.util.HashSet<>();
        Set<String> capitals = new java.util.HashSet<>();
        for (Country c : countries) {
            c.demonyms().forEach(d -> demonyms.add(PlaceNames.key(d)));
            c.capitals().forEach(k -> capitals.add(c.iso3() + "|" + PlaceNames.key(k)));
        }
        return new Gazetteer(byKey, Set.copyOf(demonyms), Set.copyOf(capitals), entries.size(), words);
    }

    /** The places named {@code name} (by loose key), in data order; empty when none. */
    public List<PlaceEntry> candidates(String name) {
        return byKey.getOrDefault(PlaceNames.key(name), List.of());
    }

    /** Whether {@code word} is a country's demonym ("Syrian", "Iranians"): a people, never a place. */
    public boolean isDemonym(String word) {
        String k = PlaceNames.key(word);
        return demonyms.contains(k) || (k.endsWith("s") && demonyms.contains(k.substring(0, k.length() - 1)));
    }

    /** Whether a town is its country's capital ("Washington, D.C.", not the state of Washington). */
    public boolean isCapital(PlaceEntry e) {
        return e.feature() == PlaceFeature.CITY && capitals.contains(e.country() + "|" + PlaceNames.key(e.name()));
    }

    public int size() {
        return size;
    }

    /** The word classes its names were read with, which names to look up are read with too. */
    public WordClasses words() {
        return words;
    }

    private static String withoutDesignators(WordClasses classes, String name) {
        List<String> words = new ArrayList<>(Arrays.asList(name.split("[\\s-]+")));
        while (words.size() > 1
                && PlaceNames.designation(classes, words.get(words.size() - 1)).isPresent()) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    /** Reads the country aliases file: ISO alpha-3, tab, '|'-separated names; '#' lines are comments. */
    static Map<String, List<String>> readAliases(BufferedReader in) {
        Map<String, List<String>> out = new HashMap<>();
        try (in) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length != 2 || !c[0].matches("[A-Z]{3}")) {
                    throw new IllegalArgumentException(
                            COUNTRY_ALIASES + ":" + number + ": expected a country code and names separated by a tab");
                }
                out.computeIfAbsent(c[0], k -> new ArrayList<>()).addAll(Arrays.asList(c[1].split("\\|")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COUNTRY_ALIASES, e);
        }
        return out;
    }

    private static List<PlaceEntry> countryEntries(CountryTable table, Map<String, List<String>> aliases) {
        List<PlaceEntry> out = new ArrayList<>();
        for (Country c : table.all()) {
            List<String> alts = new ArrayList<>(c.altNames());
            alts.addAll(aliases.getOrDefault(c.iso3(), List.of()));
            table.officialName(c.iso3()).ifPresent(alts::add);
            out.add(new PlaceEntry(
                    "countries:" + c.iso3(),
                    PlaceFeature.COUNTRY,
                    c.name(),
                    alts,
                    c.iso3(),
                    Optional.empty(),
                    c.lat(),
                    c.lon(),
                    0));
        }
        return out;
    }

    private static BufferedReader openGzip(String path) {
        InputStream in = Gazetteer.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("bundled resource " + path + " is missing from the classpath");
        }
        try {
            return new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + path, e);
        }
    }

    /**
     * Reads rows of the places format (a header, then id, feature, name, alt_names, country, admin1,
     * lat, lon, population; alternate names '|'-separated; '#' lines are comments). The files are
     * dyad's own converted data, so a bad row is a broken file and throws.
     */
    static void read(String name, BufferedReader in, List<PlaceEntry> out) {
        try (in) {
            String line;
            int number = 0;
            boolean header = true;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                out.add(row(name, number, line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + name, e);
        }
    }

    private static PlaceEntry row(String name, int number, String line) {
        String[] c = line.split("\t", -1);
        if (c.length != COLUMNS) {
            throw new IllegalArgumentException(name + ":" + number + ": " + c.length + " columns, expected " + COLUMNS);
        }
        try {
            List<String> alts = c[3].isEmpty() ? List.of() : Arrays.asList(c[3].split("\\|"));
            return new PlaceEntry(
                    c[0],
                    PlaceFeature.ofLabel(c[1]),
                    c[2],
                    alts,
                    c[4],
                    c[5].isEmpty() ? Optional.empty() : Optional.of(c[5]),
                    Double.parseDouble(c[6]),
                    Double.parseDouble(c[7]),
                    Long.parseLong(c[8]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ":" + number + ": " + e.getMessage(), e);
        }
    }
}
