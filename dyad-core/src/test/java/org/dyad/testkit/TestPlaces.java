package org.dyad.testkit;

import java.util.List;
import java.util.Optional;
import org.dyad.places.Gazetteer;
import org.dyad.places.PlaceEntry;
import org.dyad.places.PlaceFeature;

/**
 * A small hand-built gazetteer for tests: a few towns, regions and sites whose names repeat
 * across countries the way real ones do (figures rounded from GeoNames and OurAirports).
 */
public final class TestPlaces {
    public static final PlaceEntry HAMA_CITY =
            city("geonames:170017", "Ḩamāh", "SYR", "Hama", 460_602, "Hama", "Hamath");
    public static final PlaceEntry HAMA_REGION = region("geonames-admin1:SY.10", "Hama Governorate", "SYR", 714_208);
    public static final PlaceEntry HAMA_JAPAN = city("geonames:1854028", "Hama", "JPN", "Gifu", 26_190);
    public static final PlaceEntry TRIPOLI_LIBYA =
            city("geonames:2210247", "Tripoli", "LBY", "Tripoli", 1_150_989, "Tarabulus");
    public static final PlaceEntry TRIPOLI_LEBANON =
            city("geonames:266826", "Tripoli", "LBN", "North Lebanon", 229_398, "Trablous");
    public static final PlaceEntry TRIPOLI_IOWA = city("geonames:4879018", "Tripoli", "USA", "Iowa", 100);
    public static final PlaceEntry QUSAYR = city("geonames:173322", "Al Quşayr", "SYR", "Homs", 30_000, "al-Qusayr");
    public static final PlaceEntry ARISH = city("geonames:361546", "Arish", "EGY", "North Sinai", 164_830, "El-Arish");
    public static final PlaceEntry DAMASCUS =
            city("geonames:170654", "Damascus", "SYR", "Damascus Governorate", 1_569_394);
    public static final PlaceEntry DAMASCUS_AIRPORT = new PlaceEntry(
            "ourairports:OSDI",
            PlaceFeature.AIRPORT,
            "Damascus International Airport",
            List.of(),
            "SYR",
            Optional.of("Rif-dimashq"),
            33.4115,
            36.5156,
            0);
    public static final PlaceEntry T4 = new PlaceEntry(
            "dyad:tiyas-airbase",
            PlaceFeature.MILITARY_BASE,
            "Tiyas Military Airbase",
            List.of("T4 airbase", "T4"),
            "SYR",
            Optional.of("Homs"),
            34.5225,
            37.6297,
            0);
    public static final PlaceEntry SYRIA = new PlaceEntry(
            "countries:SYR",
            PlaceFeature.COUNTRY,
            "Syria",
            List.of("Syrian Arab Republic"),
            "SYR",
            Optional.empty(),
            35.0,
            38.0,
            0);
    public static final PlaceEntry JORDAN = new PlaceEntry(
            "countries:JOR", PlaceFeature.COUNTRY, "Jordan", List.of(), "JOR", Optional.empty(), 31.0, 36.0, 0);
    public static final PlaceEntry LIBYA = new PlaceEntry(
            "countries:LBY", PlaceFeature.COUNTRY, "Libya", List.of(), "LBY", Optional.empty(), 27.0, 17.0, 0);
    public static final PlaceEntry JORDAN_TOWN = city("geonames:5000001", "Jordan", "USA", "Minnesota", 6_000);
    public static final PlaceEntry HOMS = city("geonames:169577", "Homs", "SYR", "Homs", 775_404, "Hims");
    public static final PlaceEntry HOMS_LIBYA =
            city("geonames:2219905", "Al Khums", "LBY", "Al Marqab", 201_943, "Homs");
    public static final PlaceEntry ALEPPO_REGION =
            region("geonames-admin1:SY.09", "Aleppo Governorate", "SYR", 4_867_991);
    public static final PlaceEntry SOFIA = city("geonames:727011", "Sofia", "BGR", "Sofia-Capital", 1_152_556);
    public static final PlaceEntry FALLUJAH =
            city("geonames:99454", "Al Fallūjah", "IRQ", "Anbar", 190_159, "Fallujah");
    public static final PlaceEntry TAQADDUM = new PlaceEntry(
            "ourairports:ORAT",
            PlaceFeature.MILITARY_BASE,
            "Al Taqaddum Air Base",
            List.of("Fallujah"),
            "IRQ",
            Optional.of("Anbar"),
            33.338,
            43.597,
            0);
    /** A town named like a demonym (GeoNames has such names): the word still never names a place. */
    public static final PlaceEntry DEMONYM_TRAP = city("test:syrian", "Syrian", "USA", "Texas", 2_000, "Iranians");

    public static final List<PlaceEntry> ALL = List.of(
            HAMA_CITY,
            HAMA_REGION,
            HAMA_JAPAN,
            TRIPOLI_LIBYA,
            TRIPOLI_LEBANON,
            TRIPOLI_IOWA,
            QUSAYR,
            ARISH,
            DAMASCUS,
            DAMASCUS_AIRPORT,
            T4,
            SYRIA,
            JORDAN,
            LIBYA,
            JORDAN_TOWN,
            HOMS,
            HOMS_LIBYA,
            ALEPPO_REGION,
            SOFIA,
            FALLUJAH,
            TAQADDUM,
            DEMONYM_TRAP);

    private TestPlaces() {}

    public static Gazetteer gazetteer() {
        return Gazetteer.of(ALL, MiniLexicon.countries().all());
    }

    public static PlaceEntry city(
            String id, String name, String country, String admin1, long population, String... alts) {
        return new PlaceEntry(
                id, PlaceFeature.CITY, name, List.of(alts), country, Optional.of(admin1), 34.0, 36.0, population);
    }

    public static PlaceEntry region(String id, String name, String country, long population) {
        return new PlaceEntry(
                id, PlaceFeature.ADM1, name, List.of(), country, Optional.of(name), 35.0, 36.0, population);
    }
}
