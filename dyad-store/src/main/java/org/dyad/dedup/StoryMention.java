package org.dyad.dedup;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One stored event as story clustering sees it: its dyad, CAMEO root and code, dates, place and
 * the article and publisher that reported it. An absent actor code is the empty string.
 */
public record StoryMention(
        String eventId,
        String articleKey,
        Optional<String> publisher,
        String source,
        String target,
        boolean symmetric,
        String cameoRoot,
        String cameo,
        int quadClass,
        double goldstein,
        LocalDate start,
        LocalDate end,
        Optional<String> whereName,
        Optional<String> whereCountry,
        Optional<double[]> point) {
    /** The longest span of dates an event can have and still be grouped with other reports. */
    public static final int LONGEST_SPAN_DAYS = 31;

    public StoryMention {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(articleKey, "articleKey");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(cameoRoot, "cameoRoot");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("event " + eventId + " ends " + end + " before it starts " + start);
        }
        Objects.requireNonNull(whereName, "whereName");
        Objects.requireNonNull(whereCountry, "whereCountry");
        Objects.requireNonNull(point, "point");
    }

    /**
     * The pair as a story keys it: in text order when directed, sorted when the event has no
     * direction. An actor no dictionary knows ("---") is no one in particular, and an event with
     * one party has no dyad: two such reports are not known to be of the same event, so each is
     * a story of its own. So is an event dated by a span longer than {@link #LONGEST_SPAN_DAYS}
     * ("since 2014", "this year"): it is background, not a report of one event, and if it joined a
     * story its span would chain every report of the dyad over years into that one story.
     */
    String dyadKey() {
        if (source.isEmpty() || target.isEmpty() || source.startsWith("---") || target.startsWith("---")) {
            return "event:" + eventId;
        }
        if (java.time.temporal.ChronoUnit.DAYS.between(start, end) > LONGEST_SPAN_DAYS) {
            return "event:" + eventId;
        }
        if (symmetric && source.compareTo(target) > 0) {
            return target + "|" + source;
        }
        return source + "|" + target;
    }
}
