package org.dyad.actors;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.dyad.model.ActorKind;

/**
 * The parts of a CAMEO actor code: its country (the leading three letters when they are a
 * country code), its agent class (the first known three-letter class after the country, or
 * for non-state codes such as "IGOUNO" or "IMGMUSALQ" the class they start with) and a guess
 * at the kind of actor, which the caller refines (a code cannot tell a person).
 */
public record CodeParts(Optional<String> country, Optional<String> agent, ActorKind kind) {
    // The CAMEO actor-type classes. Their kinds are an ontology decision, not actor data: state
    // organs act as the state, sector and religious classes are groups of people.
    private static final Map<String, ActorKind> CLASSES = classes();

    public CodeParts {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(kind, "kind");
    }

    /** Splits {@code code}; {@code isCountry} says which three-letter codes are countries. */
    public static CodeParts of(String code, Predicate<String> isCountry) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (c.length() < 3) {
            throw new IllegalArgumentException("actor code '" + code + "' is shorter than three letters");
        }
        String head = c.substring(0, 3);
        if (isCountry.test(head)) {
            Optional<String> agent = agentAfter(c, 3);
            return new CodeParts(Optional.of(head), agent,
                    agent.map(a -> CLASSES.getOrDefault(a, ActorKind.GROUP)).orElse(ActorKind.STATE));
        }
        Optional<String> agent = CLASSES.containsKey(head) ? Optional.of(head) : Optional.empty();
        return new CodeParts(Optional.empty(), agent, CLASSES.getOrDefault(head, ActorKind.GROUP));
    }

    /** Whether {@code code} is one of CAMEO's three-letter actor-type classes ("GOV", "IGO", "MUS"). */
    public static boolean isAgentClass(String code) {
        return CLASSES.containsKey(code);
    }

    private static Optional<String> agentAfter(String code, int start) {
        for (int i = start; i + 3 <= code.length(); i += 3) {
            if (CLASSES.containsKey(code.substring(i, i + 3))) {
                return Optional.of(code.substring(i, i + 3));
            }
        }
        // An unknown class is still the code's next part; better named than dropped.
        return code.length() >= start + 3 ? Optional.of(code.substring(start, start + 3)) : Optional.empty();
    }

    private static Map<String, ActorKind> classes() {
        Map<String, ActorKind> kinds = new HashMap<>();
        put(kinds, ActorKind.STATE, "GOV", "LEG", "JUD", "COP", "SPY");
        put(kinds, ActorKind.ORGANIZATION, "IGO", "NGO", "NGM", "MNC", "BUS", "MED", "EDU", "HLH", "PTY");
        put(kinds, ActorKind.GROUP, "REB", "IMG", "MIL", "INS", "OPP", "SEP", "UAF", "CRM", "CVL", "REF", "LAB",
                "AGR", "ELI", "ENV", "HRI", "MOD", "RAD", "PPL", "REL", "UIS", "DEV");
        // Only the top-level religions: sub-codes such as SUN (Sunni) would clash with country
        // codes (SUN is also the Soviet Union), and they only ever follow a religion.
        put(kinds, ActorKind.GROUP, "ADR", "ATH", "BAH", "BUD", "CHR", "CON", "HIN", "ITR", "JAN", "JEW", "MUS",
                "SIK", "TAO", "ZRO");
        return Map.copyOf(kinds);
    }

    private static void put(Map<String, ActorKind> kinds, ActorKind kind, String... codes) {
        for (String code : codes) {
            kinds.putIfAbsent(code, kind);
        }
    }
}
