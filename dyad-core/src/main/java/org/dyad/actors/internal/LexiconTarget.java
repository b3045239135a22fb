package org.dyad.actors.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.dyad.actors.ActorEntry;
import org.dyad.actors.AgentEntry;
import org.dyad.actors.Country;
import org.dyad.actors.LexiconMatch;
import org.dyad.actors.MatchKind;
import org.dyad.model.Span;

/**
 * What a lexicon phrase leads to: a bundled actor, a user's actor, a country-table name, or a
 * bundled or a user's agent.
 */
public sealed interface LexiconTarget {

    MatchKind kind();

    /** The match this target makes over {@code tokens} on {@code date}; empty when it has no code then. */
    Optional<LexiconMatch> resolve(Span tokens, Optional<LocalDate> date);

    /** A Phoenix actor entry; it matches only on dates its entry has a code for. */
    record Actor(ActorEntry entry) implements LexiconTarget {
        @Override
        public MatchKind kind() {
            return MatchKind.ACTOR;
        }

        @Override
        public Optional<LexiconMatch> resolve(Span tokens, Optional<LocalDate> date) {
            return entry.codeOn(date)
                    .map(code -> new LexiconMatch(
                            tokens, MatchKind.ACTOR, code, entry.name(), entry.source(), entry.patron()));
        }
    }

    /**
     * An actor of a user's dictionary: it owns its phrase, so it matches only on dates its entry
     * has a code for and then hides every other target of the phrase. {@code anyCase}: the user
     * wrote the phrase's first word in lower case ("the White Helmets"), so the text need not
     * capitalise it.
     */
    record UserActor(ActorEntry entry, boolean anyCase) implements LexiconTarget {
        @Override
        public MatchKind kind() {
            return MatchKind.ACTOR;
        }

        @Override
        public Optional<LexiconMatch> resolve(Span tokens, Optional<LocalDate> date) {
            return new Actor(entry).resolve(tokens, date);
        }
    }

    /**
     * A name, demonym or capital of a country. {@code rank} orders targets of one phrase (lower
     * first): by field, then countries the Phoenix dictionary codes before the others, then table
     * order. {@code file} is the table's ("countries-es.tsv"), which evidence names.
     */
    record CountryName(Country country, MatchKind kind, String field, int rank, String file) implements LexiconTarget {
        @Override
        public Optional<LexiconMatch> resolve(Span tokens, Optional<LocalDate> date) {
            String source = file + ":" + country.iso3() + " " + field;
            return Optional.of(new LexiconMatch(tokens, kind, country.iso3(), country.name(), source));
        }
    }

    /** A form of the agents dictionary. */
    record Agent(AgentEntry entry) implements LexiconTarget {
        @Override
        public MatchKind kind() {
            return MatchKind.AGENT;
        }

        @Override
        public Optional<LexiconMatch> resolve(Span tokens, Optional<LocalDate> date) {
            String name = String.join(" ", entry.words()).toLowerCase(java.util.Locale.ROOT);
            return Optional.of(new LexiconMatch(tokens, MatchKind.AGENT, entry.rendered(), name, entry.source()));
        }
    }

    /** A form of a user's agents file: like a user's actor it owns its phrase, hiding the bundled targets. */
    record UserAgent(AgentEntry entry) implements LexiconTarget {
        @Override
        public MatchKind kind() {
            return MatchKind.AGENT;
        }

        @Override
        public Optional<LexiconMatch> resolve(Span tokens, Optional<LocalDate> date) {
            return new Agent(entry).resolve(tokens, date);
        }
    }
}
