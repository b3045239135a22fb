package org.dyad.eval;

import java.util.Objects;
import java.util.Optional;
import org.dyad.model.Event;
import org.dyad.model.Plover;

/**
 * What became of one gold event: the coded event it matched, if any, and the best coded event of
 * the same article and sentence whose roles fit it whatever its code (the matched one where there
 * is one; roles as far as the scorer's {@link Roles} checks them), which says what the coder made
 * of the gold event instead.
 *
 * @param articleId the gold article's id; empty for a one-article gold file without one
 */
public record GoldOutcome(
        Optional<String> articleId, GoldEvent gold, Optional<Event> match, Optional<Event> sameRoles) {

    /** The column of the confusion table for an event with the gold's roles but no PLOVER type. */
    public static final String NO_TYPE = "none";
    /** The column of the confusion table where no event had the gold's roles. */
    public static final String NO_EVENT = "no event";

    public GoldOutcome {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(sameRoles, "sameRoles");
    }

    public boolean missed() {
        return match.isEmpty();
    }

    /** The PLOVER type the coder gave the gold event: of the event with its roles, {@value #NO_TYPE} or {@value #NO_EVENT}. */
    public String codedType() {
        return sameRoles
                .map(e -> e.code().plover().map(Plover::type).orElse(NO_TYPE))
                .orElse(NO_EVENT);
    }
}
