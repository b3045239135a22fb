package org.dyad.time;

import java.util.List;
import org.dyad.model.Token;
import org.dyad.nlp.DependencyTree;
import org.dyad.rules.Rules;

/**
 * Which side of publication the verb a time expression modifies points to, read from its tense:
 * it decides which Thursday a bare "Thursday" is ("said Thursday" the last, "will meet Thursday"
 * the next), and which year a month without one is in.
 */
public enum Direction {
    PAST,
    FUTURE,
    UNKNOWN;

    /**
     * The direction of {@code verb}'s tense; UNKNOWN for a present tense or a token that is no verb.
     * Its auxiliaries ({@code time-auxiliaries}) and whether it is an infinitive with "to" and
     * under which verb ({@code time-to-infinitive}, {@code time-infinitive-governor}) are rules.
     */
    public static Direction of(DependencyTree tree, int verb, TimeWords words, Rules rules) {
        if (verb < 0 || !tree.token(verb).isVerb()) {
            return UNKNOWN;
        }
        List<Integer> auxiliaries = rules.select("time-auxiliaries", tree, verb);
        boolean pastAuxiliary = false;
        for (int a : auxiliaries) {
            String w = tree.token(a).word();
            if (words.futureAuxiliary(w)) {
                return FUTURE;
            }
            pastAuxiliary |= words.pastAuxiliary(w);
        }
        Token t = tree.token(verb);
        if (t.isFiniteVerb() && t.has("Tense", "Past")
                || (t.isPastParticiple() && (pastAuxiliary || auxiliaries.isEmpty()))) {
            return PAST;
        }
        if (rules.holds("time-to-infinitive", tree, verb)) {
            // an infinitive looks ahead of its governor: "plans to meet Thursday" is after publication,
            // "sent a delegation to attend the inauguration on May 20" need not be
            boolean pastGovernor = rules.first("time-infinitive-governor", tree, verb)
                    .filter(governor -> governor != verb)
                    .map(governor -> of(tree, governor, words, rules) == PAST)
                    .orElse(false);
            return pastGovernor ? UNKNOWN : FUTURE;
        }
        return UNKNOWN;
    }
}
