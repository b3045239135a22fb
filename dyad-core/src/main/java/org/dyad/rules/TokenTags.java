package org.dyad.rules;

import org.dyad.model.Token;

/** The tag conditions: a token's universal part of speech, its features and its entity class. */
final class TokenTags {
    private TokenTags() {}

    static boolean accepts(Condition.Attribute a, Token token, WordClasses classes) {
        return switch (a.key()) {
            case UPOS -> a.values().accepts(token.upos().name(), classes);
            case ENTITY -> a.values().accepts(token.entity().name(), classes);
            case FEATURE ->
                token.features().values().getOrDefault(a.feature(), java.util.List.of()).stream()
                        .anyMatch(v -> a.values().accepts(v, classes));
            default -> throw new IllegalArgumentException("not a tag condition: " + a.key());
        };
    }
}
