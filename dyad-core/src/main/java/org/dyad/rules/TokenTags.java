package org.dyad.rules;

import org.dyad.model.Token;

/** The tag conditions: a token's universal part of speech, its features and its entity class. */
final class TokenTags {
    private TokenTags() {}

    static boolean accepts(Condition.Attribute a, Token token, WordClasses classes) {
        throw new UnsupportedOperationException("tag conditions come with dyad's own tags");
    }
}
