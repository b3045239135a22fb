package org.dyad.places;

import java.util.List;
import java.util.Optional;
import org.dyad.testkit.MiniLexicon;

/**
 * A small hand-built gazetteer for tests: a few towns, regions and sites whose names repeat
 * across countries the way real ones do (figures rounded from GeoNames and OurAirports).
 */
final class TestPlaces {
    static final PlaceEntry HAMA_CITY = city("geonames:170017", "Ḩamāh", "SYR", "Hama", 460_602, "Hama", "Hamath");
    static final PlaceEntry HAMA_REGION = region("geonames-admin1:SY.10", "Hama Governorate", "SYR", 714_208);
    static final PlaceEntry HAMA_JAPAN = city("geonames:1854028", "Hama", "JPN", "Gifu", 26_190);
    static final PlaceEntry TRIPOLI_LIBYA = city("geonames:2210247", "Tripoli", "LBY", "Tripoli", 1_150_989, "Tarabulus");
    static final PlaceEntry TRIPOLI_LEBANON = city("geonames:266826", "Tripoli", "LBN", "North Lebanon", 229_398, "Trablous");
    static final PlaceEntry TRIPOLI_IOWA = city("geonames:4879018", "Tripoli", "USA", "Iowa", 100);
    static final PlaceEntry QUSAYR = city("geonames:173322", "Al Quşayr", "SYR", "Homs", 30_000, "al-Qusayr");
    static final PlaceEntry ARISH = city("geonames:361546", "Arish", "EGY", "North Sinai", 164_830, "El-Arish");
    static final PlaceEntry DAMASCUS = city("geonames:170654", "Damascus", "SYR", "Damascus Governorate", 1_569_394);
    static final PlaceEntry DAMASCUS_AIRPORT = new PlaceEntry("ourairports:OSDI", PlaceFeature.AIRPORT,
            "Damascus International Airport", List.of(), "SYR", Optional.of("Rif-dimashq"), 33.4115, 36.5156, 0);
    static final PlaceEntry T4 = new PlaceEntry("dyad:tiyas-airbase", PlaceFeature.MILITARY_BASE, "Tiyas Military Airbase",
            List.of("T4 airbase", "T4"), "SYR", Optional.of("Homs"), 34.5225, 37.6297, 0);
    static final PlaceEntry SYRIA = new PlaceEntry("countries:SYR", PlaceFeature.COUNTRY, "Syria",
            List.of("Syrian Arab Republic"), "SYR", Optional.empty(), 35.0, 38.0, 0);
    static final PlaceEntry JORDAN = new PlaceEntry("countries:JOR", PlaceFeature.COUNTRY, "Jordan", List.of(), "JOR",
            Optional.empty(), 31.0, 36.0, 0);
    static final PlaceEntry JORDAN_TOWN = city("geonames:5000001", "Jordan", "USA", "Minnesota", 6_000);

    static final List<PlaceEntry> ALL = List.of(HAMA_CITY, HAMA_REGION, HAMA_JAPAN, TRIPOLI_LIBYA, TRIPOLI_LEBANON,
            TRIPOLI_IOWA, QUSAYR, ARISH, DAMASCUS, DAMASCUS_AIRPORT, T4, SYRIA, JORDAN, JORDAN_TOWN);

    private TestPlaces() {
    }

    static Gazetteer gazetteer() {
        return Gazetteer.of(ALL, MiniLexicon.countries().all());
    }

    static PlaceEntry city(String id, String name, String country, String admin1, long population, String... alts) {
        return new PlaceEntry(id, PlaceFeature.CITY, name, List.of(alts), country, Optional.of(admin1), 34.0, 36.0,
                population);
    }

    static PlaceEntry region(String id, String name, String country, long population) {
        return new PlaceEntry(id, PlaceFeature.ADM1, name, List.of(), country, Optional.of(name), 35.0, 36.0, population);
    }
}
