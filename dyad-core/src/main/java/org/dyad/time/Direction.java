package org.dyad.time;

import org.dyad.model.Token;
import org.dyad.nlp.DependencyTree;

/**
 * Which side of publication the verb a time expression modifies points to, read from its tense:
 * it decides which Thursday a bare "Thursday" is ("said Thursday" the last, "will meet Thursday"
 * the next), and which year a month without one is in.
 */
public enum Direction {
    PAST,
    FUTURE,
    UNKNOWN;

    /** The direction of {@code verb}'s tense; UNKNOWN for a present tense or a token that is no verb. */
    public static Direction of(DependencyTree tree, int verb, TimeWords words) {
        if (verb < 0 || !tree.token(verb).isVerb()) {
            return UNKNOWN;
        }
        boolean pastAuxiliary = false;
        for (int a : tree.children(verb, "aux", "aux:pass")) {
            String w = tree.token(a).word();
            if (words.futureAuxiliary(w)) {
                return FUTURE;
            }
            pastAuxiliary |= words.pastAuxiliary(w);
        }
        Token t = tree.token(verb);
        if (t.isFiniteVerb() && t.has("Tense", "Past")
                || (t.isPastParticiple()
                        && (pastAuxiliary
                                || tree.children(verb, "aux", "aux:pass").isEmpty()))) {
            return PAST;
        }
        if (t.isVerb() && t.has("VerbForm", "Inf") && tree.hasChildWord(verb, "to", "mark")) {
            // an infinitive looks ahead of its governor: "plans to meet Thursday" is after publication,
            // "sent a delegation to attend the inauguration on May 20" need not be
            int governor = tree.parent(verb);
            boolean pastGovernor = governor >= 0
                    && governor != verb
                    && tree.token(governor).isVerb()
                    && !tree.hasChildWord(governor, "to", "mark")
                    && of(tree, governor, words) == PAST;
            return pastGovernor ? UNKNOWN : FUTURE;
        }
        return UNKNOWN;
    }
}
