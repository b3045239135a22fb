package org.dyad.coding.internal;

import java.util.List;
import java.util.Optional;
import org.dyad.model.ActorMention;
import org.dyad.model.PlaceMentions;
import org.dyad.nlp.DependencyTree;
import org.dyad.rules.Rules;

/**
 * Parties an event has though the text does not name them: who attacked where only the place is
 * said, whom a protest addresses. Each stands at a mention of the sentence and says in its
 * evidence that it is implicit.
 */
final class ImplicitRoles {
    private final DependencyTree tree;
    private final MentionIndex mentions;
    private final Rules rules;
    private final Optional<String> storyCountry;

    ImplicitRoles(DependencyTree tree, MentionIndex mentions, Rules rules, Optional<String> storyCountry) {
        this.tree = tree;
        this.mentions = mentions;
        this.rules = rules;
        this.storyCountry = storyCountry;
    }

    /**
     * The implicit target of a protest that names none: the protesters' own government, as event
     * data codes domestic dissent. The mention stands where the protesters do and says so.
     */
    static List<ActorMention> ownGovernment(List<ActorMention> protesters) {
        return governmentOf(
                protesters,
                "implicit target: a protest with no target named is aimed at the protesters' own government");
    }

    /**
     * The implicit source of an arrest, a detention or a charge the text states without its agent
     * ("Nadiem Makarim is detained"): the authorities of the detainee's own country, as event data
     * codes domestic coercion, where the place it happened does not say otherwise.
     */
    static List<ActorMention> authoritiesOf(List<ActorMention> targets, String agent) {
        return ofCountry(
                targets,
                agent,
                "authorities",
                org.dyad.model.ActorKind.STATE,
                "implicit source: coercion with no agent named is by the authorities of the target's country");
    }

    /**
     * The agent class of the authorities that do the coercion {@code verb} names without them:
     * a court or prosecutors indict and sentence (JUD), the police arrest and detain (COP), else
     * the government (rules {@code court-act} and {@code police-act}).
     */
    String coercer(int verb) {
        if (rules.holds("court-act", tree, verb)) {
            return "JUD";
        }
        return rules.holds("police-act", tree, verb) ? "COP" : "GOV";
    }

    /**
     * The implicit target of an arrest or a curfew that names nobody the dictionaries know
     * ("police detain eleven people"): the people of the coercing state's own country.
     */
    static List<ActorMention> ownPeople(List<ActorMention> coercers) {
        if (coercers.size() != 1) {
            return List.of();
        }
        return ofCountry(
                coercers,
                "CVL",
                "people",
                org.dyad.model.ActorKind.GROUP,
                "implicit target: coercion with no target named is of the people of the coercer's own country");
    }

    /**
     * The implicit target of an act of the first three quad classes with no target named ("Mexican
     * president Claudia Sheinbaum vowed an investigation", "Andriy Yermak resigns"): the actor's
     * own country, as event data codes domestic acts.
     */
    static List<ActorMention> ownCountry(List<ActorMention> actors) {
        // A state acting alone ("Syria will help") has no own country apart from itself.
        if (actors.size() != 1
                || actors.get(0)
                        .actor()
                        .country()
                        .map(actors.get(0).actor().code()::equals)
                        .orElse(true)) {
            return List.of();
        }
        return ofCountry(
                actors, "", "(own country)", org.dyad.model.ActorKind.STATE, org.dyad.coding.EventFactory.OWN_COUNTRY);
    }

    private static List<ActorMention> governmentOf(List<ActorMention> parties, String why) {
        return ofCountry(parties, "GOV", "government", org.dyad.model.ActorKind.STATE, why);
    }

    /** An actor of the country of the first of {@code parties} with one, standing where that party does. */
    private static List<ActorMention> ofCountry(
            List<ActorMention> parties, String agent, String who, org.dyad.model.ActorKind kind, String why) {
        for (ActorMention p : parties) {
            if (p.actor().country().isPresent()) {
                String c = p.actor().country().get();
                var government = new org.dyad.model.Actor(
                        c + " " + who,
                        c + agent,
                        Optional.of(c),
                        agent.isEmpty() ? Optional.empty() : Optional.of(agent),
                        Optional.empty(),
                        kind);
                return List.of(new ActorMention(
                        p.sentenceIndex(), p.tokens(), p.head(), p.chars(), p.text(), government, List.of(why)));
            }
        }
        return List.of();
    }

    /**
     * An implicit party of an attack the text does not name ("a roadside bombing near Samarra
     * killed a soldier"; "blew themselves up in Tel Aviv, killing 23 people"): an actor of the
     * country where it happened with the CAMEO class given (UAF unidentified armed men, CVL
     * civilians), standing at the place's mention, saying so in its evidence.
     */
    List<ActorMention> atPlace(List<Integer> trigger, String agent, String who, String why) {
        return atPlace("implicit-places", trigger, agent, who, why);
    }

    /**
     * The people hit by an attack the parse ties to no place, where every place the sentence names
     * is in one country ("Israeli strikes kill at least 30 people at a water collection zone,
     * bringing the death toll in Gaza to over 58,000"): the people of that country, as GDELT and
     * ICEWS code an attack by where it happened. A sentence with places of two countries says
     * nothing.
     */
    List<ActorMention> ofTheSentencesPlaces(String why) {
        return ofTheSentencesPlaces("CVL", "people", why);
    }

    /** As {@link #ofTheSentencesPlaces(String)}, an actor of the class {@code agent} given: protesters, the people. */
    List<ActorMention> ofTheSentencesPlaces(String agent, String who, String why) {
        List<ActorMention> places = PlaceMentions.ofOneCountry(tree.sentence(), mentions.all());
        if (places.isEmpty()) {
            return List.of();
        }
        // The country comes from the sentence around the event, not from its own phrases: it counts
        // as a party whose country the story gave (EventFactory.confidence).
        String country = places.get(0).actor().country().orElseThrow();
        return ofCountry(List.of(places.get(0)), agent, who, org.dyad.model.ActorKind.GROUP, why).stream()
                .map(m -> m.withActor(m.actor(), PlaceMentions.EVIDENCE + country))
                .toList();
    }

    /**
     * An implicit party where the sentence names no place ("las movilizaciones y protestas
     * continuarán"): of the country the story is about, else of no country known ("---CVL", as
     * PETRARCH writes an actor whose country no one knows), standing at the trigger's word.
     */
    List<ActorMention> ofTheStory(int token, String agent, String who, String why) {
        org.dyad.model.Token t = tree.token(token);
        String country = storyCountry.orElse(org.dyad.model.StoryCountry.UNKNOWN);
        var actor = new org.dyad.model.Actor(
                who + " (" + country + ")",
                country + agent,
                storyCountry,
                Optional.of(agent),
                Optional.empty(),
                org.dyad.model.ActorKind.GROUP);
        List<String> evidence = new java.util.ArrayList<>(List.of(why));
        storyCountry.ifPresent(c -> evidence.add(org.dyad.model.StoryCountry.EVIDENCE + c));
        return List.of(new ActorMention(
                tree.sentence().index(),
                new org.dyad.model.Span(token, token + 1),
                token,
                t.span(),
                t.word(),
                actor,
                evidence));
    }

    /** Like {@link #atPlace(List, String, String, String)} for the people hit: where the object attacked is counts too. */
    List<ActorMention> hitAtPlace(List<Integer> trigger, String agent, String who, String why) {
        return atPlace("implicit-target-places", trigger, agent, who, why);
    }

    private List<ActorMention> atPlace(String selector, List<Integer> trigger, String agent, String who, String why) {
        for (int t : trigger) {
            for (int place : rules.select(selector, tree, t)) {
                for (ActorMention m : mentions.at(Optional.of(place))) {
                    if (m.actor().country().isPresent()) {
                        String c = m.actor().country().get();
                        var actor = new org.dyad.model.Actor(
                                who + " (" + c + ")",
                                c + agent,
                                Optional.of(c),
                                Optional.of(agent),
                                Optional.empty(),
                                org.dyad.model.ActorKind.GROUP);
                        return List.of(new ActorMention(
                                m.sentenceIndex(),
                                m.tokens(),
                                m.head(),
                                m.chars(),
                                m.text(),
                                actor,
                                List.of(why + ", from " + String.join("; ", m.evidence()))));
                    }
                }
            }
        }
        return List.of();
    }
}
