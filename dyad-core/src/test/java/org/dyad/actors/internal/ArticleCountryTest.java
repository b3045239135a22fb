package org.dyad.actors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.ActorMention;
import org.dyad.model.EntityClass;
import org.dyad.model.Features;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.StoryCountry;
import org.dyad.model.Token;
import org.dyad.model.Upos;
import org.junit.jupiter.api.Test;

/** The country of the sentence's places, else the article's, given to the actors it names without one. */
class ArticleCountryTest {
    private static ActorMention mention(String text, String code, String country, String agent, ActorKind kind) {
        Actor a =
                new Actor(text, code, Optional.ofNullable(country), Optional.ofNullable(agent), Optional.empty(), kind);
        return new ActorMention(0, new Span(0, 1), 0, new Span(0, text.length()), text, a, List.of("test"));
    }

    private static final ActorMention TUNISIAN_POLICE =
            mention("Tunisian police", "TUNCOP", "TUN", "COP", ActorKind.GROUP);
    private static final ActorMention TUNIS = mention("Tunis", "TUN", "TUN", null, ActorKind.STATE);
    private static final ActorMention NEW_PERSON = mention("Chaima Issa", "---", null, null, ActorKind.PERSON);
    private static final ActorMention PROSECUTORS = mention("prosecutors", "---JUD", null, "JUD", ActorKind.GROUP);
    private static final ActorMention POLICE = mention("Police", "---COP", null, "COP", ActorKind.GROUP);
    private static final ActorMention UN = mention("the UN", "IGOUNO", null, "IGO", ActorKind.ORGANIZATION);
    private static final ActorMention ITALY = mention("Italy", "ITA", "ITA", null, ActorKind.STATE);
    private static final ActorMention LONDON = mention("London", "GBR", "GBR", null, ActorKind.STATE);
    private static final ActorMention PARIS = mention("Paris", "FRA", "FRA", null, ActorKind.STATE);

    /**
     * The mentions of one sentence, each standing at its own token; the tokens of {@code places}
     * are locations to the tagger, the others organisations.
     */
    private static List<ActorMention> sentence(
            List<ActorMention> mentions, List<ActorMention> places, List<Sentence> out) {
        List<Token> tokens = new ArrayList<>();
        List<ActorMention> placed = new ArrayList<>();
        for (ActorMention m : mentions) {
            int i = tokens.size();
            EntityClass entity = places.contains(m) ? EntityClass.LOCATION : EntityClass.ORGANIZATION;
            tokens.add(new Token(i, m.text(), m.text(), Upos.PROPN, Features.NONE, entity, new Span(i, i + 1)));
            placed.add(
                    new ActorMention(out.size(), new Span(i, i + 1), i, m.chars(), m.text(), m.actor(), m.evidence()));
        }
        out.add(new Sentence(out.size(), new Span(0, tokens.size()), "x".repeat(tokens.size()), tokens, List.of()));
        return placed;
    }

    @Test
    void aStoryOneCountryDominatesGivesItToTheActorsWithNone() {
        List<Sentence> sentences = new ArrayList<>();
        List<List<ActorMention>> in = List.of(
                sentence(List.of(TUNISIAN_POLICE, NEW_PERSON, TUNIS), List.of(), sentences),
                sentence(List.of(PROSECUTORS, UN), List.of(), sentences));
        List<List<ActorMention>> out = new ArticleCountry().complete(sentences, in);

        assertThat(out.get(0).get(1).actor().code()).isEqualTo("TUN");
        assertThat(out.get(0).get(1).actor().country()).contains("TUN");
        assertThat(out.get(0).get(1).evidence()).contains(ArticleCountry.EVIDENCE + "TUN");
        assertThat(out.get(1).get(0).actor().code()).as("a bare agent").isEqualTo("TUNJUD");
        assertThat(out.get(1).get(1))
                .as("an IGO belongs to no country")
                .isEqualTo(in.get(1).get(1));
        assertThat(out.get(0).get(0))
                .as("an actor with a country keeps it")
                .isEqualTo(in.get(0).get(0));
    }

    @Test
    void theOneCountryOfTheSentencesPlacesComesBeforeTheArticles() {
        List<Sentence> sentences = new ArrayList<>();
        List<List<ActorMention>> in = List.of(
                sentence(List.of(TUNISIAN_POLICE, TUNIS, NEW_PERSON), List.of(TUNIS), sentences),
                sentence(List.of(TUNISIAN_POLICE, TUNIS), List.of(TUNIS), sentences),
                sentence(List.of(POLICE, LONDON), List.of(LONDON), sentences),
                sentence(List.of(POLICE, LONDON, PARIS), List.of(LONDON, PARIS), sentences),
                sentence(List.of(POLICE, ITALY), List.of(), sentences));
        List<List<ActorMention>> out = new ArticleCountry().complete(sentences, in);

        assertThat(out.get(2).get(0).actor().code()).as("the London police").isEqualTo("GBRCOP");
        assertThat(out.get(2).get(0).evidence()).contains(ArticleCountry.PLACE_EVIDENCE + "GBR");
        assertThat(out.get(3).get(0).actor().code())
                .as("places of two countries say nothing: the article's country")
                .isEqualTo("TUNCOP");
        assertThat(out.get(4).get(0).actor().code())
                .as("a country that is no place in the sentence is not where the police are")
                .isEqualTo("TUNCOP");
    }

    @Test
    void noCountryIsGivenWhereNoneDominates() {
        List<Sentence> sentences = new ArrayList<>();
        List<List<ActorMention>> in = List.of(sentence(List.of(TUNIS, ITALY, NEW_PERSON), List.of(), sentences));

        assertThat(ArticleCountry.dominant(in)).isEmpty();
        assertThat(new ArticleCountry().complete(sentences, in)).isEqualTo(in);
        assertThat(ArticleCountry.dominant(List.of(List.of(TUNIS, TUNISIAN_POLICE, ITALY))))
                .as("twice as many mentions as any other")
                .contains("TUN");
        assertThat(ArticleCountry.dominant(List.of(List.of(NEW_PERSON)))).isEmpty();
    }

    @Test
    void aCountryTheStoryGaveDoesNotCountTowardsTheStorysCountry() {
        // Once completed, the police of an Italian story are Italian by the story, not by their
        // own words: counted, they would make Italy dominate a story that names Italy once.
        ActorMention italianByStory = POLICE.withActor(
                new Actor(
                        "Police", "ITACOP", Optional.of("ITA"), Optional.of("COP"), Optional.empty(), ActorKind.GROUP),
                ArticleCountry.EVIDENCE + "ITA");
        assertThat(StoryCountry.of(List.of(ITALY, TUNIS))).isEmpty();
        assertThat(StoryCountry.of(List.of(ITALY, TUNIS, italianByStory))).isEmpty();
        assertThat(StoryCountry.of(List.of(ITALY, TUNIS, TUNISIAN_POLICE))).contains("TUN");
    }
}
