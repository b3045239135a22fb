package org.dyad.coding.internal;

import java.util.List;
import java.util.Optional;
import org.dyad.coding.CodingParts;
import org.dyad.nlp.DependencyTree;

/**
 * Verbs that code an event in the dictionary but that the sentence shows to be no political act:
 * a game ("In basketball, Germany defeats Turkey") or deaths and injuries from an accident or a
 * disaster ("killed in a snowstorm"); or background, a judicial act's participle that says what a
 * person is ("two Dutch nationals convicted of drug trafficking"). The words that say so are rules
 * ({@code sports-context}, {@code accidental-cause}, {@code status-participle}) over word classes.
 */
final class NotPolitical {
    private final CodingParts parts;
    private final DependencyTree tree;

    NotPolitical(CodingParts parts, DependencyTree tree) {
        this.parts = parts;
        this.tree = tree;
    }

    /** Why the frame's event is not political, if it is not. */
    Optional<String> why(Frame frame) {
        for (int t : frame.trigger()) {
            List<Integer> game = parts.rules().select("sports-context", tree, t);
            if (!game.isEmpty()) {
                return Optional.of("a game, not a political event ('" + word(game) + "'; rule sports-context)");
            }
            if (parts.rules().holds("status-participle", tree, t)) {
                return Optional.of("background: a participle that says what someone is ('"
                        + tree.token(t).word() + "'; rule status-participle)");
            }
            List<Integer> agent = parts.rules().select("disaster-agent", tree, t);
            if (!agent.isEmpty()) {
                return Optional.of(
                        "a disaster does it, no political actor ('" + word(agent) + "'; rule disaster-agent)");
            }
            if (Emitter.isViolence(frame.code())) {
                List<Integer> cause = parts.rules().select("accidental-cause", tree, t);
                if (!cause.isEmpty()) {
                    return Optional.of("an accident or a disaster, not political violence ('" + word(cause)
                            + "'; rule accidental-cause)");
                }
            }
        }
        return Optional.empty();
    }

    private String word(List<Integer> found) {
        return tree.token(found.get(0)).word();
    }
}
