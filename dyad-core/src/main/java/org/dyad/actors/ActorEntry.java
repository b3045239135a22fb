package org.dyad.actors;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One actor of an actor dictionary: a readable name, the phrases it is found by as the
 * dictionary writes them (words joined by {@code _} or a space, a trailing {@code _} meaning
 * "exactly this, no plural"; Phoenix writes them in upper case, user files as in the news), its
 * codes in file order, where its first line is ("Phoenix.Countries.actors.txt:22009"), and the
 * state that backs it, if the dictionary says so (ISO 3166-1 alpha-3).
 */
public record ActorEntry(
        String name, List<String> phrases, List<DatedCode> codes, String source, Optional<String> patron) {
    // When several dated codes hold on one day (inclusive limits make hand-overs overlap),
    // the most recent start is the role the actor has just taken up.
    private static final Comparator<DatedCode> BY_START =
            Comparator.comparing(c -> c.from().orElse(LocalDate.MIN));
    private static final Comparator<DatedCode> BY_END = Comparator.comparing(c -> c.to().orElse(LocalDate.MAX));

    public ActorEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(patron, "patron");
        phrases = List.copyOf(phrases);
        codes = List.copyOf(codes);
        if (name.isBlank()) {
            throw new IllegalArgumentException("actor entry at " + source + " has a blank name");
        }
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("actor entry '" + name + "' at " + source + " has no phrase");
        }
        if (patron.isPresent() && !patron.get().matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("patron '" + patron.get() + "' of actor entry '" + name + "' at "
                    + source + " is not three capitals");
        }
    }

    /** An entry with no patron, as the Phoenix dictionaries write them. */
    public ActorEntry(String name, List<String> phrases, List<DatedCode> codes, String source) {
        this(name, phrases, codes, source, Optional.empty());
    }

    /**
     * The code for this actor on {@code date}: the dated code valid that day (the latest
     * starting one if several are), else the undated default. Without a date: the undated
     * default if there is one, else the dated code that ends last. The null code counts as
     * no code, and a default that is the null code does not hide dated codes when no date
     * is given.
     */
    public Optional<String> codeOn(Optional<LocalDate> date) {
        if (date.isPresent()) {
            Optional<DatedCode> dated = latest(date.get());
            return dated.isPresent() ? usable(dated) : usable(defaultCode());
        }
        Optional<String> fallback = usable(defaultCode());
        return fallback.isPresent() ? fallback : usable(lastEnding());
    }

    /** The first undated code, which the dictionary format makes the default. */
    public Optional<DatedCode> defaultCode() {
        return codes.stream().filter(c -> !c.isDated()).findFirst();
    }

    private Optional<DatedCode> latest(LocalDate date) {
        DatedCode best = null;
        for (DatedCode c : codes) {
            if (c.isDated() && c.validOn(date) && (best == null || BY_START.compare(c, best) > 0)) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<DatedCode> lastEnding() {
        DatedCode best = null;
        for (DatedCode c : codes) {
            boolean later = best == null || BY_END.thenComparing(BY_START).compare(c, best) > 0;
            if (c.isDated() && !c.isNull() && later) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<String> usable(Optional<DatedCode> code) {
        return code.filter(c -> !c.isNull()).map(DatedCode::code);
    }
}
