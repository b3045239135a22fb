package org.dyad.actors.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.PlaceMentions;
import org.dyad.model.Sentence;
import org.dyad.model.StoryCountry;

/**
 * The country an article is about, given to the actors it names without one: a person no
 * dictionary knows ("finance minister Bishnu Prasad Paudel"), an unknown organisation, or a bare
 * agent ("police", "prosecutors"). News names such actors by their title and leaves the country
 * to the story, and event data codes them as the story's country, as ICEWS and GDELT do. Only an
 * article that one country dominates gives one: its mentions that name a country must name it
 * at least twice as often as any other. A sentence that names places of one country only gives
 * that country to an institution named alone before the article does: "Police arrest 29 people following a Central London
 * protest" are the London police, whatever the article is about.
 */
public final class ArticleCountry {
    /** Agent classes that belong to no country: they keep none. */
    private static final Set<String> NON_STATE = Set.of("IGO", "NGO", "IMG", "MNC", "ITL");

    /** Marks the evidence of a country given by the article. */
    public static final String EVIDENCE = StoryCountry.EVIDENCE;

    /** Marks the evidence of a country given by the places of the sentence. */
    public static final String PLACE_EVIDENCE = PlaceMentions.EVIDENCE;

    /**
     * The mentions, sentence by sentence, with the country of the sentence's places, else the
     * article's, given where they had none.
     */
    public List<List<ActorMention>> complete(List<Sentence> sentences, List<List<ActorMention>> perSentence) {
        Optional<String> country = dominant(perSentence);
        List<List<ActorMention>> out = new ArrayList<>();
        for (int s = 0; s < perSentence.size(); s++) {
            List<ActorMention> mentions = perSentence.get(s);
            Optional<String> here = PlaceMentions.ofOneCountry(sentences.get(s), mentions).stream()
                    .findFirst()
                    .flatMap(m -> m.actor().country());
            out.add(mentions.stream()
                    .map(m -> here.filter(c -> isInstitution(m))
                            .map(c -> complete(m, c, PLACE_EVIDENCE))
                            .orElseGet(() ->
                                    country.map(c -> complete(m, c, EVIDENCE)).orElse(m)))
                    .toList());
        }
        return out;
    }

    /**
     * An institution named alone ("police", "the court") is where the sentence happens; a person
     * is not from every place the sentence names ("Trump met with Kim at the Singapore summit").
     */
    private static boolean isInstitution(ActorMention m) {
        return m.actor().agent().isPresent() && m.actor().kind() != org.dyad.model.ActorKind.PERSON;
    }

    static Optional<String> dominant(List<List<ActorMention>> perSentence) {
        return StoryCountry.of(perSentence.stream().flatMap(List::stream).toList());
    }

    private static ActorMention complete(ActorMention m, String country, String why) {
        Actor a = m.actor();
        boolean unknown = a.code().startsWith(ActorComposer.UNKNOWN_COUNTRY)
                || a.agent().map(ag -> a.code().equals(ag)).orElse(false);
        if (a.country().isPresent()
                || !unknown
                || a.agent().map(NON_STATE::contains).orElse(false)) {
            return m;
        }
        Actor given = new Actor(
                a.name(), country + a.agent().orElse(""), Optional.of(country), a.agent(), a.patron(), a.kind());
        return m.withActor(given, why + country);
    }
}
