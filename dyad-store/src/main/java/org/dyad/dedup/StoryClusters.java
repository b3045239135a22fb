package org.dyad.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Clusters the events of many articles into story events: the same dyad (either way round for an
 * event without direction), the same CAMEO root, dates that overlap (or touch within
 * {@link #DAYS_APART} day, for reports dated by publication the day after), and compatible
 * places (the same country, within {@link #KM} km where both give a point, or either giving
 * none). Deterministic: the same events give the same stories and story ids whatever their order.
 */
public final class StoryClusters {
    /** Reports of an event are often dated by their publication, a day after it. */
    public static final int DAYS_APART = 1;
    /** Two points further apart than this are two events ("clashes in Hama" and "clashes in Idlib"). */
    public static final double KM = 100;

    private StoryClusters() {}

    public static List<Story> of(List<StoryMention> mentions) {
        Map<String, List<StoryMention>> groups = new LinkedHashMap<>();
        List<StoryMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing(StoryMention::start).thenComparing(StoryMention::eventId));
        for (StoryMention m : sorted) {
            groups.computeIfAbsent(m.dyadKey() + "|" + m.cameoRoot(), k -> new ArrayList<>())
                    .add(m);
        }
        List<Story> out = new ArrayList<>();
        for (List<StoryMention> group : groups.values()) {
            List<Open> open = new ArrayList<>();
            for (StoryMention m : group) {
                Optional<Open> joined = open.stream().filter(c -> c.takes(m)).findFirst();
                if (joined.isPresent()) {
                    joined.get().add(m);
                } else {
                    open.add(new Open(m));
                }
            }
            open.forEach(c -> out.add(new Story(storyId(c.members.get(0)), c.members)));
        }
        out.sort(Comparator.comparing(Story::start).thenComparing(Story::storyId));
        return out;
    }

    /** A story being gathered: its members, the latest day it covers and its place. */
    private static final class Open {
        final List<StoryMention> members = new ArrayList<>();
        java.time.LocalDate end;
        Optional<StoryMention> place = Optional.empty();

        Open(StoryMention first) {
            add(first);
        }

        void add(StoryMention m) {
            members.add(m);
            end = end == null || m.end().isAfter(end) ? m.end() : end;
            if (place.isEmpty() && m.whereCountry().isPresent()) {
                place = Optional.of(m);
            }
        }

        boolean takes(StoryMention m) {
            return !m.start().isAfter(end.plusDays(DAYS_APART))
                    && place.map(p -> samePlace(p, m)).orElse(true);
        }
    }

    static boolean samePlace(StoryMention a, StoryMention b) {
        if (a.whereCountry().isEmpty() || b.whereCountry().isEmpty()) {
            return true;
        }
        if (!a.whereCountry().equals(b.whereCountry())) {
            return false;
        }
        if (a.point().isEmpty() || b.point().isEmpty()) {
            return true;
        }
        return km(a.point().get(), b.point().get()) <= KM;
    }

    /** Great-circle distance between two (lat, lon) points. */
    static double km(double[] p, double[] q) {
        double lat1 = Math.toRadians(p[0]);
        double lat2 = Math.toRadians(q[0]);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(q[1] - p[1]);
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static String storyId(StoryMention first) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(first.eventId().getBytes(StandardCharsets.UTF_8));
            return "s-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
