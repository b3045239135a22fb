package org.dyad.serve;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dyad.serve.SyntheticStore.Actor;
import org.dyad.serve.SyntheticStore.Event;
import org.dyad.serve.SyntheticStore.Place;

/**
 * A store shaped like a real corpus of news from 2025-2026, from a fixed seed: a few busy dyads
 * (USA-IRN the busiest, with four silent weeks in July 2025 and one event dated to a 2020
 * background reference), 250 country actors with many weak ties, and about 60 % of events placed
 * in 300 spots around 30 cities, a few of them far more often than the rest. Actor and place names include markup, as text from articles may.
 */
final class ScaleStore {
    static final LocalDate FIRST = LocalDate.of(2025, 1, 6);
    static final LocalDate LAST = LocalDate.of(2026, 3, 29);
    static final LocalDate OUTLIER = LocalDate.of(2020, 1, 8);
    /** USA-IRN has no events in these four weeks (Monday to Sunday). */
    static final LocalDate SILENT_FROM = LocalDate.of(2025, 7, 7);

    static final LocalDate SILENT_TO = LocalDate.of(2025, 8, 3);
    static final String HOSTILE_NAME = "<img src=x onerror=\"window.__pwned = 1\">Qzedia";
    static final String HOSTILE_PLACE = "<script>window.__pwned = 2</script>Port Q";

    private static final String[][] MAJORS = {
        {"USA", "United States"}, {"IRN", "Iran"}, {"RUS", "Russia"}, {"UKR", "Ukraine"}, {"ISR", "Israel"},
        {"CHN", "China"}, {"SYR", "Syria"}, {"TUR", "Turkey"}, {"FRA", "France"}, {"DEU", "Germany"},
        {"GBR", "United Kingdom"}, {"IND", "India"}, {"PAK", "Pakistan"}, {"SAU", "Saudi Arabia"}, {"EGY", "Egypt"}
    };
    private static final Object[][] CITIES = {
        {"Washington", 38.9, -77.04}, {"Tehran", 35.69, 51.39}, {"Moscow", 55.75, 37.62}, {"Kyiv", 50.45, 30.52},
        {"Jerusalem", 31.77, 35.21}, {"Beijing", 39.9, 116.4}, {"Damascus", 33.51, 36.29}, {"Ankara", 39.93, 32.86},
        {"Paris", 48.86, 2.35}, {"Berlin", 52.52, 13.4}, {"London", 51.51, -0.13}, {"New Delhi", 28.61, 77.21},
        {"Islamabad", 33.68, 73.05}, {"Riyadh", 24.71, 46.68}, {"Cairo", 30.04, 31.24}, {"Nairobi", -1.29, 36.82},
        {"Lagos", 6.52, 3.38}, {"Brasilia", -15.79, -47.88}, {"Mexico City", 19.43, -99.13}, {"Tokyo", 35.68, 139.69},
        {"Jakarta", -6.21, 106.85}, {"Canberra", -35.28, 149.13}, {"Baghdad", 33.31, 44.36}, {"Kabul", 34.53, 69.17},
        {"Caracas", 10.48, -66.9}, {"Addis Ababa", 9.03, 38.74}, {"Kinshasa", -4.44, 15.27}, {"Seoul", 37.57, 126.98},
        {"Hanoi", 21.03, 105.85}, {"Bogota", 4.71, -74.07}
    };
    /** CAMEO code, quad class, Goldstein weight, name. */
    private static final Object[][] CODES = {
        {"042", 1, 1.9, "Make a visit"}, {"036", 1, 4.0, "Express intent to meet or negotiate"},
        {"061", 2, 6.4, "Cooperate economically"}, {"073", 2, 7.4, "Provide humanitarian aid"},
        {"112", 3, -2.0, "Accuse"}, {"130", 3, -4.4, "Threaten"},
        {"173", 4, -5.0, "Arrest, detain"}, {"190", 4, -10.0, "Use conventional military force"}
    };

    /** The store and the events in it, for tests to count what a page should show. */
    record Scale(Path db, List<Actor> actors, List<Place> places, List<Event> events) {}

    private final Random random = new Random(17);
    private final List<Actor> actors = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    private ScaleStore() {}

    static Scale build(Path dir) throws Exception {
        ScaleStore s = new ScaleStore();
        s.make();
        return new Scale(SyntheticStore.write(dir, "scale.duckdb", s.events), s.actors, s.places, s.events);
    }

    private void make() {
        for (String[] m : MAJORS) {
            actors.add(Actor.of(m[0], m[1]));
        }
        for (int i = 0; actors.size() < 250; i++) {
            String code = "Q" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
            actors.add(Actor.of(code, actors.size() == 249 ? HOSTILE_NAME : "Land of " + code.substring(1)));
        }
        for (int i = 0; i < 300; i++) {
            Object[] c = CITIES[i % CITIES.length];
            String name =
                    i == 17 ? HOSTILE_PLACE : c[0] + (i < CITIES.length ? "" : " district " + (i / CITIES.length));
            places.add(new Place(
                    name,
                    "XXX",
                    round((Double) c[1] + (i < CITIES.length ? 0 : jitter())),
                    round((Double) c[2] + (i < CITIES.length ? 0 : jitter()))));
        }
        dyad("USA", "IRN", 1500, true);
        dyad("RUS", "UKR", 1200, false);
        dyad("ISR", "IRN", 500, false);
        dyad("CHN", "USA", 300, false);
        dyad("TUR", "SYR", 300, false);
        for (int i = 0; i < 800; i++) {
            Actor a = actors.get(random.nextInt(MAJORS.length));
            Actor b = actors.get(random.nextInt(MAJORS.length));
            // USA-IRN's events come from dyad() alone, which keeps its silent weeks silent.
            if (!(a.code() + b.code()).matches("USAIRN|IRNUSA")) {
                event(date(), a, b, 0.5);
            }
        }
        for (Actor minor : actors.subList(MAJORS.length, actors.size())) {
            int n = 6 + random.nextInt(5);
            for (int i = 0; i < n; i++) {
                Actor other = actors.get(random.nextInt(actors.size()));
                boolean out = random.nextBoolean();
                event(date(), out ? minor : other, out ? other : minor, 0.5);
            }
        }
        event(OUTLIER, actor("USA"), actor("IRN"), 0.2);
    }

    private void dyad(String a, String b, int n, boolean silentSummer) {
        for (int i = 0; i < n; i++) {
            LocalDate d = date();
            if (silentSummer && !d.isBefore(SILENT_FROM) && !d.isAfter(SILENT_TO)) {
                d = d.plusWeeks(6);
            }
            // The tone drifts from conflict towards cooperation over the months.
            double share = (double) (d.toEpochDay() - FIRST.toEpochDay()) / (LAST.toEpochDay() - FIRST.toEpochDay());
            boolean forward = random.nextBoolean();
            event(d, actor(forward ? a : b), actor(forward ? b : a), 0.2 + 0.6 * share);
        }
    }

    private void event(LocalDate date, Actor source, Actor target, double coop) {
        Object[] code = CODES[random.nextDouble() < coop ? random.nextInt(4) : 4 + random.nextInt(4)];
        // A few spots (the capitals first) are named far more often than the rest, as in the news.
        Place place =
                random.nextDouble() < 0.6 ? places.get((int) (places.size() * Math.pow(random.nextDouble(), 2))) : null;
        events.add(new Event(
                events.size(),
                date,
                source,
                target,
                (String) code[0],
                (Integer) code[1],
                (Double) code[2],
                (String) code[3],
                place));
    }

    private Actor actor(String code) {
        return actors.stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    private LocalDate date() {
        return FIRST.plusDays(random.nextInt((int) (LAST.toEpochDay() - FIRST.toEpochDay() + 1)));
    }

    private double jitter() {
        return (random.nextDouble() - 0.5) * 3;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
