package org.dyad.actors.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.actors.ActorLexicon;
import org.dyad.actors.CodeParts;
import org.dyad.actors.LexiconMatch;
import org.dyad.actors.MatchKind;
import org.dyad.actors.internal.SentenceActors.AgentRef;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.ActorMention;
import org.dyad.model.EntityClass;
import org.dyad.model.Features;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.model.Upos;

/**
 * Turns what a noun phrase says (the head's own dictionary entry, modifier countries, an agent
 * noun, a patron) into actors with CAMEO-style codes: "Syrian officials" gives SYRGOV,
 * "Iran-linked bases" an actor with no country and patron IRN.
 */
final class ActorComposer {
    /** Written where the contract wants a code but the text names no state: CAMEO's unknown marker. */
    static final String UNKNOWN_COUNTRY = org.dyad.model.StoryCountry.UNKNOWN;
    /** The features of a singular proper noun, which the words of a bare name are read as. */
    private static final Features PROPER_NOUN = Features.parse("Number=Sing");

    private final ActorLexicon lexicon;
    private final org.dyad.actors.ActorWords words;

    ActorComposer(ActorLexicon lexicon, org.dyad.actors.ActorWords words) {
        this.words = words;
        this.lexicon = lexicon;
    }

    /** An actor and the entries and rules that made it. */
    record Composed(Actor actor, List<String> evidence) {}

    /** An actor no dictionary knows, named by a person or organisation name: "Suheil al-Hassan". */
    Composed unknown(Token head, String name, Optional<AgentRef> agent) {
        ActorKind kind = head.entity() == EntityClass.PERSON ? ActorKind.PERSON : ActorKind.ORGANIZATION;
        // "former interior minister Lee Sang-min": the title says what the unknown person acts as,
        // though not for which country; the story may tell that (ArticleCountry).
        Optional<String> agentClass = agent.map(a -> agentClass(a.code()));
        return new Composed(
                new Actor(
                        name,
                        UNKNOWN_COUNTRY + agentClass.orElse(""),
                        Optional.empty(),
                        agentClass,
                        Optional.empty(),
                        kind),
                agent.map(a -> List.of(a.source())).orElse(List.of()));
    }

    /** The state a bare name stands for ("Tehran" in "pro-Tehran"), read with the lexicon. */
    Optional<CountryRef> countryNamed(PhraseReader.Named named) {
        String[] words = named.name().split("\\s+");
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(
                    i,
                    words[i],
                    words[i],
                    Upos.PROPN,
                    PROPER_NOUN,
                    EntityClass.NONE,
                    new Span(at, at + words[i].length())));
            at += words[i].length() + 1;
        }
        Sentence probe = new Sentence(0, new Span(0, at - 1), named.name(), tokens, List.of());
        return lexicon.match(probe, Optional.empty()).stream()
                .filter(m -> m.tokens().start() == 0 && m.tokens().end() == words.length)
                .findFirst()
                .flatMap(m -> refOf(m, named.token()))
                .map(r -> r.because("prefix"));
    }

    /** What a dictionary match at a modifier token names: a state, or an organisation of no state. */
    Optional<CountryRef> refOf(LexiconMatch m, int token) {
        return switch (m.kind()) {
            case COUNTRY_NAME, DEMONYM ->
                Optional.of(
                        new CountryRef(Optional.of(m.code()), Optional.empty(), m.code(), m.name(), token, m.source()));
            case CAPITAL ->
                Optional.of(new CountryRef(
                        Optional.of(m.code()), Optional.of("GOV"), m.code() + "GOV", m.name(), token, m.source()));
            case ACTOR -> {
                CodeParts p = parts(m.code());
                yield p.country().isPresent() || p.isNonState()
                        ? Optional.of(new CountryRef(p.country(), p.agent(), m.code(), m.name(), token, m.source()))
                        : Optional.empty();
            }
            case AGENT -> Optional.empty();
        };
    }

    List<Composed> compose(
            Token head,
            Optional<LexiconMatch> primary,
            List<CountryRef> countries,
            Optional<AgentRef> agent,
            Optional<CountryRef> patron) {
        List<Composed> out = new ArrayList<>();
        if (primary.isPresent() && primary.get().kind() != MatchKind.AGENT) {
            fromEntry(head, primary.get(), countries, agent)
                    .map(c -> withEntryPatron(c, primary.get()))
                    .ifPresent(out::add);
        } else if (!countries.isEmpty()) {
            for (CountryRef c : countries) {
                out.add(c.country().isPresent() ? fromParts(head, c, agent) : fromOrganisation(head, c));
            }
        } else {
            agentOnly(head, agent, patron.isPresent()).ifPresent(out::add);
        }
        return patron.map(p -> withPatron(out, p)).orElse(out);
    }

    private Optional<Composed> fromEntry(
            Token head, LexiconMatch m, List<CountryRef> countries, Optional<AgentRef> agent) {
        List<String> evidence = new ArrayList<>(List.of(m.source()));
        if (m.kind() == MatchKind.ACTOR) {
            CodeParts parts = parts(m.code());
            String code = m.code();
            Optional<String> country = parts.country();
            Optional<CountryRef> state =
                    countries.stream().filter(c -> c.country().isPresent()).findFirst();
            if (country.isEmpty() && state.isPresent() && !parts.isNonState()) {
                // "Syrian rebels" where the dictionary knows only the class: the modifier gives the state.
                country = state.get().country();
                code = country.get() + code;
                evidence.add(state.get().source());
            }
            ActorKind kind = isPerson(head)
                    ? ActorKind.PERSON
                    : parts.agent().isPresent() && parts.kind() != ActorKind.STATE
                            ? ActorKind.ORGANIZATION
                            : parts.kind();
            return Optional.of(
                    new Composed(new Actor(m.name(), code, country, parts.agent(), Optional.empty(), kind), evidence));
        }
        // A country's name, demonym or capital: capitals stand for the government (metonymy).
        Optional<String> agentClass =
                m.kind() == MatchKind.CAPITAL ? Optional.of("GOV") : agent.map(a -> agentClass(a.code()));
        agent.ifPresent(a -> evidence.add(a.source()));
        String code = m.code() + agentClass.orElse("");
        return Optional.of(new Composed(
                new Actor(m.name(), code, Optional.of(m.code()), agentClass, Optional.empty(), ActorKind.STATE),
                evidence));
    }

    private Composed fromParts(Token head, CountryRef ref, Optional<AgentRef> agent) {
        String iso3 = ref.country().orElseThrow();
        List<String> evidence = new ArrayList<>(List.of(ref.source()));
        agent.ifPresent(a -> evidence.add(a.source()));
        // The head's own agent noun wins; else the modifier's code may carry one ("U.S. Secretary of State Mike
        // Pompeo").
        Optional<String> agentClass = agent.map(a -> agentClass(a.code())).or(ref::agent);
        String code = agent.map(a -> a.code().endsWith("~") ? stripTilde(a.code()) + iso3 : iso3 + stripTilde(a.code()))
                .orElse(agentClass.isPresent() && ref.code().startsWith(iso3) ? ref.code() : iso3);
        ActorKind kind = isPerson(head)
                ? ActorKind.PERSON
                : agentClass.map(CodeParts::kindOfAgent).orElse(ActorKind.STATE);
        String name = lexicon.countryName(iso3).orElse(iso3)
                + agentClass.map(a -> " (" + a + ")").orElse("");
        return new Composed(new Actor(name, code, Optional.of(iso3), agentClass, Optional.empty(), kind), evidence);
    }

    /** "a United Nations appeal", "Red Cross officials": the organisation named by the modifier. */
    private static Composed fromOrganisation(Token head, CountryRef org) {
        ActorKind kind = isPerson(head) ? ActorKind.PERSON : ActorKind.ORGANIZATION;
        return new Composed(
                new Actor(org.name(), org.code(), Optional.empty(), org.agent(), Optional.empty(), kind),
                List.of(org.source()));
    }

    private Optional<Composed> agentOnly(Token head, Optional<AgentRef> agent, boolean hasPatron) {
        if (agent.isEmpty()) {
            if (!hasPatron) {
                return Optional.empty();
            }
            return Optional.of(new Composed(
                    new Actor(
                            head.word(),
                            UNKNOWN_COUNTRY,
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            ActorKind.GROUP),
                    List.of()));
        }
        AgentRef a = agent.get();
        String agentClass = agentClass(a.code());
        boolean nonState = CodeParts.isNonStateClass(agentClass);
        boolean institution = words.institutionWords().contains(head.lemma().toLowerCase(java.util.Locale.ROOT));
        boolean group = words.groupClasses().contains(agentClass); // "students marched"
        boolean anyRole = nonState || hasPatron || institution || group;
        // "thousands of people marched": people named alone are a party only as its doers.
        if (!anyRole && !words.doerClasses().contains(agentClass)) {
            return Optional.empty(); // "the officials": whose? Left to coreference.
        }
        String code = nonState ? stripTilde(a.code()) : UNKNOWN_COUNTRY + stripTilde(a.code());
        List<String> evidence = new ArrayList<>(List.of(a.source()));
        if (!anyRole) {
            evidence.add(ActorMention.DOER_ONLY);
        }
        return Optional.of(new Composed(
                new Actor(
                        head.word(),
                        code,
                        Optional.empty(),
                        Optional.of(agentClass),
                        Optional.empty(),
                        CodeParts.kindOfAgent(agentClass)),
                evidence));
    }

    private static List<Composed> withPatron(List<Composed> actors, CountryRef patron) {
        List<Composed> out = new ArrayList<>();
        for (Composed c : actors) {
            if (c.actor().country().equals(patron.country())) {
                out.add(c); // "Iranian-backed Iranian units" adds nothing
                continue;
            }
            List<String> evidence = new ArrayList<>(c.evidence());
            evidence.add("patron " + patron.source());
            out.add(new Composed(c.actor().withPatron(patron.country().orElseThrow()), evidence));
        }
        return out;
    }

    /** A user's dictionary entry may name the actor's patron ("... = SYRMIL patron=RUS"). */
    private static Composed withEntryPatron(Composed c, LexiconMatch m) {
        return m.patron()
                .map(p -> new Composed(c.actor().withPatron(p), c.evidence()))
                .orElse(c);
    }

    private CodeParts parts(String code) {
        return CodeParts.of(code, lexicon::isCountryCode);
    }

    private static boolean isPerson(Token head) {
        return head.entity() == EntityClass.PERSON;
    }

    /** The three-letter class of an agent code: "GOV" for "~GOVFRM", "NGO" for "NGO~". */
    static String agentClass(String agentCode) {
        String bare = stripTilde(agentCode);
        return bare.length() > 3 ? bare.substring(0, 3) : bare;
    }

    private static String stripTilde(String agentCode) {
        return agentCode.replace("~", "");
    }
}
