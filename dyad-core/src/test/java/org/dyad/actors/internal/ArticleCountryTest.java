package org.dyad.actors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.ActorMention;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

/** The article's country, given to the actors it names without one. */
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
    private static final ActorMention UN = mention("the UN", "IGOUNO", null, "IGO", ActorKind.ORGANIZATION);
    private static final ActorMention ITALY = mention("Italy", "ITA", "ITA", null, ActorKind.STATE);

    @Test
    void aStoryOneCountryDominatesGivesItToTheActorsWithNone() {
        List<List<ActorMention>> out = new ArticleCountry()
                .complete(List.of(List.of(TUNISIAN_POLICE, NEW_PERSON, TUNIS), List.of(PROSECUTORS, UN)));

        assertThat(out.get(0).get(1).actor().code()).isEqualTo("TUN");
        assertThat(out.get(0).get(1).actor().country()).contains("TUN");
        assertThat(out.get(0).get(1).evidence()).contains(ArticleCountry.EVIDENCE + "TUN");
        assertThat(out.get(1).get(0).actor().code()).as("a bare agent").isEqualTo("TUNJUD");
        assertThat(out.get(1).get(1)).as("an IGO belongs to no country").isEqualTo(UN);
        assertThat(out.get(0).get(0)).as("an actor with a country keeps it").isEqualTo(TUNISIAN_POLICE);
    }

    @Test
    void noCountryIsGivenWhereNoneDominates() {
        List<List<ActorMention>> in = List.of(List.of(TUNIS, ITALY, NEW_PERSON));

        assertThat(ArticleCountry.dominant(in)).isEmpty();
        assertThat(new ArticleCountry().complete(in)).isEqualTo(in);
        assertThat(ArticleCountry.dominant(List.of(List.of(TUNIS, TUNISIAN_POLICE, ITALY))))
                .as("twice as many mentions as any other")
                .contains("TUN");
        assertThat(ArticleCountry.dominant(List.of(List.of(NEW_PERSON)))).isEmpty();
    }
}
