package org.dyad.eval;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.ActorMention;
import org.dyad.model.Attribution;
import org.dyad.model.Event;
import org.dyad.model.Place;
import org.dyad.model.Plover;

/**
 * The rules by which a coded event matches a gold event, ported from {@code score_events.py}
 * one function to one method, so that {@code dyad eval} and the script give the same figures.
 * The script reads events as {@code dyad.event/1} JSON; these methods read the same fields off
 * the {@link Event} record, as {@code EventJsonWriter} writes them (an empty Optional is JSON null).
 */
final class MatchRules {
    /** CAMEO's non-state classes: a gold country of one of these accepts any actor of the class without a country. */
    static final Set<String> NON_STATE = Set.of("IGO", "NGO", "IMG", "MNC", "ITL");
    /** The longest date range a coded {@code when} may span and still count as dating the event. */
    static final long MAX_WHEN_DAYS = 62;

    private MatchRules() {}

    /** Python's {@code re.sub(r"\s+", " ", s).strip().lower()}, with Python's idea of whitespace. */
    static String norm(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (isPythonSpace(c)) {
                space = true;
                continue;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            out.appendCodePoint(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether Python's {@code str.isspace} holds for {@code c} (its {@code \s} and {@code strip()} use the same set). */
    static boolean isPythonSpace(int c) {
        return c >= 0x09 && c <= 0x0D
                || c >= 0x1C && c <= 0x20
                || c == 0x85
                || c == 0xA0
                || c == 0x1680
                || c >= 0x2000 && c <= 0x200A
                || c == 0x2028
                || c == 0x2029
                || c == 0x202F
                || c == 0x205F
                || c == 0x3000;
    }

    /** Whether the event's sentence contains the gold fragment (an empty fragment is in every sentence). */
    static boolean inSentence(String normFragment, Event e) {
        return normFragment.isEmpty() || norm(e.sentence()).contains(normFragment);
    }

    /** {@code code_ok}: the CAMEO root and PLOVER type are among the accepted, where the gold gives them. */
    static boolean codeOk(GoldEvent g, Event e) {
        if (g.cameoRoot().isPresent()
                && !g.cameoRoot().get().holds(Optional.of(e.code().root()))) {
            return false;
        }
        return g.plover().isEmpty() || g.plover().get().holds(e.code().plover().map(Plover::type));
    }

    /**
     * {@code roles_ok}: both roles hold, or for a symmetric gold event, both hold the other way
     * round, as far as {@code roles} checks them.
     */
    static boolean rolesOk(GoldEvent g, Event e, Roles roles) {
        Optional<GoldRole> source = roles.asked(g.source());
        Optional<GoldRole> target = roles.asked(g.target());
        if (roleOk(source, e.source()) && roleOk(target, e.target())) {
            return true;
        }
        return g.symmetric() && roleOk(source, e.target()) && roleOk(target, e.source());
    }

    /** {@code role_ok}: what the gold asks of one role holds for the coded actor in it. */
    static boolean roleOk(Optional<GoldRole> gold, Optional<ActorMention> mention) {
        if (gold.isEmpty()) {
            return true;
        }
        if (mention.isEmpty()) {
            return false;
        }
        GoldRole role = gold.get();
        var actor = mention.get().actor();
        if (role.country().isPresent()
                && !countryOk(role.country().get(), actor.country(), actor.agent(), actor.code())) {
            return false;
        }
        if (role.agent().isPresent() && !role.agent().get().anyEquals(actor.agent())) {
            return false;
        }
        if (role.patron().isPresent()) {
            Accepted want = role.patron().get();
            // A role given only by its patron ("Iran-linked bases") also accepts the patron state itself.
            boolean ok = want.anyEquals(actor.patron()) || role.country().isEmpty() && want.anyEquals(actor.country());
            return ok;
        }
        return true;
    }

    /** {@code country_ok}: one accepted value is the actor's country, or names the non-state class of a stateless actor. */
    static boolean countryOk(Accepted want, Optional<String> country, Optional<String> agent, String code) {
        for (Optional<String> w : want.values()) {
            if (w.isPresent() && NON_STATE.contains(w.get())) {
                if (country.isEmpty() && (agent.equals(w) || code.startsWith(w.get()))) {
                    return true;
                }
            } else if (country.equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** {@code when_ok}: the coded range overlaps the gold's and spans at most {@value #MAX_WHEN_DAYS} days. */
    static boolean whenOk(GoldEvent.DateRange gold, Event e) {
        Optional<LocalDate> start = e.when().start();
        Optional<LocalDate> end = e.when().end().or(() -> start);
        if (start.isEmpty() || end.isEmpty()) {
            return false;
        }
        LocalDate a = start.get();
        LocalDate b = end.get();
        return !a.isAfter(gold.to()) && !gold.from().isAfter(b) && ChronoUnit.DAYS.between(a, b) <= MAX_WHEN_DAYS;
    }

    /** {@code where_ok}: within the gold's distance of its point, or in its country (both none also agrees). */
    static boolean whereOk(GoldEvent.Location gold, Event e) {
        Optional<Place> place = e.where();
        if (gold.point().isPresent()) {
            GoldEvent.Point p = gold.point().get();
            // A coordinate JSON cannot carry (NaN) is written as null: no place to measure.
            if (place.isEmpty()
                    || !Double.isFinite(place.get().lat())
                    || !Double.isFinite(place.get().lon())) {
                return false;
            }
            return km(p.lat(), p.lon(), place.get().lat(), place.get().lon()) <= p.km();
        }
        return place.flatMap(Place::country).equals(gold.country());
    }

    /** The great-circle distance in kilometres, by the haversine formula on a sphere of the script's radius. */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p = Math.PI / 180;
        double h = Math.pow(Math.sin((lat2 - lat1) * p / 2), 2)
                + Math.cos(lat1 * p) * Math.cos(lat2 * p) * Math.pow(Math.sin((lon2 - lon1) * p / 2), 2);
        return 12742 * Math.asin(Math.sqrt(h));
    }

    /** {@code attribution_ok}: some accepted name is part of some link of the coded attribution chain. */
    static boolean attributionOk(Accepted gold, Event e) {
        List<String> names = e.attribution().stream()
                .map(Attribution::text)
                .map(MatchRules::norm)
                .toList();
        for (String want : gold.items()) {
            String w = norm(want);
            if (names.stream().anyMatch(n -> n.contains(w))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the coded status is among the accepted. */
    static boolean statusOk(Accepted gold, Event e) {
        return gold.holds(Optional.of(e.status().wireName()));
    }
}
