package org.dyad.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One code of an actor dictionary entry with the dates it applies to: {@code from} and
 * {@code to} are inclusive limits, and a code with neither is the entry's undated default.
 * The code {@value #NULL_CODE} is CAMEO's null code ("no actor code here"). {@code compound}
 * holds the further codes of a compound code, by which the PETRARCH validation files let one
 * phrase stand for several actors ("THE_SHIRE [FRO/BIL/SAM]" reads as code FRO with compound
 * BIL, SAM); it is empty for an ordinary code.
 */
public record DatedCode(String code, Optional<LocalDate> from, Optional<LocalDate> to, List<String> compound) {
    /** CAMEO's null code: the phrase is known but yields no actor. */
    public static final String NULL_CODE = "---";

    public DatedCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        compound = List.copyOf(compound);
        if (code.isBlank() || code.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("actor code '" + code + "' is blank or has spaces");
        }
        if (compound.stream().anyMatch(c -> c.isBlank() || c.chars().anyMatch(Character::isWhitespace))) {
            throw new IllegalArgumentException(
                    "compound codes " + compound + " of " + code + " are blank or have spaces");
        }
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException(
                    "code " + code + " ends " + to.get() + " before it starts " + from.get());
        }
    }

    /** An ordinary code, not part of a compound. */
    public DatedCode(String code, Optional<LocalDate> from, Optional<LocalDate> to) {
        this(code, from, to, List.of());
    }

    /** A code that applies at any date. */
    public static DatedCode undated(String code) {
        return new DatedCode(code, Optional.empty(), Optional.empty());
    }

    public boolean isDated() {
        return from.isPresent() || to.isPresent();
    }

    public boolean isNull() {
        return NULL_CODE.equals(code);
    }

    /** Whether {@code date} lies within the limits (an undated code is valid on every date). */
    public boolean validOn(LocalDate date) {
        boolean afterStart = from.map(f -> !date.isBefore(f)).orElse(true);
        boolean beforeEnd = to.map(t -> !date.isAfter(t)).orElse(true);
        return afterStart && beforeEnd;
    }

    /** This code with {@code others} as the further codes of its compound. */
    public DatedCode withCompound(List<String> others) {
        return new DatedCode(code, from, to, others);
    }
}
