package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.ActorMention;
import org.dyad.model.Span;
import org.dyad.model.UnknownActor;
import org.junit.jupiter.api.Test;

/** Counting the actors no dictionary knows, from the recogniser's "new actor: " evidence. */
class UnknownActorsTest {

    private static ActorMention mention(String text, String code, ActorKind kind, String... evidence) {
        Actor actor = new Actor(
                text,
                code,
                code.startsWith("SYR") ? Optional.of("SYR") : Optional.empty(),
                code.length() > 3 ? Optional.of(code.substring(3)) : Optional.empty(),
                Optional.empty(),
                kind);
        return new ActorMention(0, new Span(0, 1), 0, new Span(0, text.length()), text, actor, List.of(evidence));
    }

    @Test
    void countsByNameIgnoringCaseAndSpacingTheMostMentionedFirst() {
        UnknownActors unknown = new UnknownActors();
        unknown.addAll(List.of(
                mention(
                        "Brigadier Walid Qassem",
                        "SYRMIL",
                        ActorKind.PERSON,
                        "rule: appositive",
                        "new actor: Walid Qassem"),
                mention("Iran", "IRN", ActorKind.STATE, "countries.tsv:IRN common_name"),
                mention("the Nemr group", "---", ActorKind.GROUP, "new actor: al-Nemr group"),
                mention("Qassem", "---", ActorKind.PERSON, "new actor:   walid   QASSEM "),
                mention("al-Nemr", "---", ActorKind.GROUP, "new actor: Al-Nemr Group"),
                mention("Walid Qassem", "---", ActorKind.PERSON, "new actor: Walid Qassem"),
                mention("Abu Example", "---", ActorKind.PERSON, "new actor: Abu Example")));

        List<UnknownActor> ranked = unknown.ranked();

        assertThat(ranked)
                .extracting(UnknownActor::name, UnknownActor::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Walid Qassem", 3),
                        org.assertj.core.groups.Tuple.tuple("al-Nemr group", 2),
                        org.assertj.core.groups.Tuple.tuple("Abu Example", 1));
        UnknownActor walid = ranked.get(0);
        assertThat(walid.code()).isEqualTo("SYRMIL");
        assertThat(walid.country()).contains("SYR");
        assertThat(walid.agent()).contains("MIL");
        assertThat(walid.kind()).isEqualTo(ActorKind.PERSON);
        assertThat(walid.example()).isEqualTo("Brigadier Walid Qassem");
    }

    @Test
    void knownActorsAndEmptyNamesAreNotCounted() {
        UnknownActors unknown = new UnknownActors();
        unknown.add(mention("Syria", "SYR", ActorKind.STATE, "Phoenix.Countries.actors.txt:45369"));
        unknown.add(mention("someone", "---", ActorKind.PERSON, "new actor:  "));

        assertThat(unknown.ranked()).isEmpty();
        assertThat(UnknownActors.nameOf(mention("X Y", "---", ActorKind.PERSON, "a", "new actor: X Y")))
                .contains("X Y");
    }
}
