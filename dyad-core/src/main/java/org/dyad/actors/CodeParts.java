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
            // "SCGSRB": a state within a former union is coded union + state; the state is the country.
            if (c.length() >= 6 && !CLASSES.containsKey(c.substring(3, 6)) && isCountry.test(c.substring(3, 6))) {
                return of(c.substring(3), isCountry);
            }
            Optional<String> agent = agentAfter(c, 3);
            return new CodeParts(
                    Optional.of(head),
                    agent,
                    agent.map(a -> CLASSES.getOrDefault(a, ActorKind.GROUP)).orElse(ActorKind.STATE));
        }
        Optional<String> agent = CLASSES.containsKey(head) ? Optional.of(head) : Optional.empty();
        return new CodeParts(Optional.empty(), agent, CLASSES.getOrDefault(head, ActorKind.GROUP));
    }

    /** Whether {@code code} is one of CAMEO's three-letter actor-type classes ("GOV", "IGO", "MUS"). */
    public static boolean isAgentClass(String code) {
        return CLASSES.containsKey(code);
    }

    /** The classes of actors that belong to no state: international and non-governmental bodies, companies. */
    private static final java.util.Set<String> NON_STATE = java.util.Set.of("IGO", "NGO", "NGM", "MNC", "IMG", "ITL");

    /** Whether the code names an actor with no state of its own (an IGO, an NGO, a transnational group). */
    public boolean isNonState() {
        return country.isEmpty() && agent.map(NON_STATE::contains).orElse(false);
    }

    /** Whether an agent class belongs to no state ("IGO", "NGO", "MNC", ...). */
    public static boolean isNonStateClass(String agentClass) {
        return NON_STATE.contains(agentClass);
    }

    /** The kind of actor an agent class stands for; unknown classes are groups. */
    public static ActorKind kindOfAgent(String agentClass) {
        return CLASSES.getOrDefault(agentClass, ActorKind.GROUP);
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
        put(
                kinds,
                ActorKind.GROUP,
                "REB",
                "IMG",
                "MIL",
                "INS",
                "OPP",
                "SEP",
                "UAF",
                "CRM",
                "CVL",
                "REF",
                "LAB",
                "AGR",
                "ELI",
                "ENV",
                "HRI",
                "MOD",
                "RAD",
                "PPL",
                "REL",
                "UIS",
                "DEV");
        // Only the top-level religions: sub-codes such as SUN (Sunni) would clash with country
        // codes (SUN is also the Soviet Union), and they only ever follow a religion.
        put(
                kinds,
                ActorKind.GROUP,
                "ADR",
                "ATH",
                "BAH",
                "BUD",
                "CHR",
                "CON",
                "HIN",
                "ITR",
                "JAN",
                "JEW",
                "MUS",
                "SIK",
                "TAO",
                "ZRO");
        return Map.copyOf(kinds);
    }

    private static void put(Map<String, ActorKind> kinds, ActorKind kind, String... codes) {
        for (String code : codes) {
            kinds.putIfAbsent(code, kind);
        }
    }
}
