package org.dyad.coding;

import java.util.Objects;
import org.dyad.actors.ActorWords;
import org.dyad.lexicon.WordTable;
import org.dyad.rules.Rules;

/**
 * The resources event coding needs, all thread-safe after construction. {@code rules} are the
 * selectors the coder asks at each step (who is the source, what a verb embeds, what modifies
 * its status); the qualify stage has parts of its own ({@code org.dyad.qualify.QualifyParts}).
 */
public record CodingParts(
        VerbCoder verbs,
        NounCoder nouns,
        Rules rules,
        RoleFinder roles,
        Embedding embedding,
        Modality modality,
        EventCodes codes,
        ActorWords actorWords,
        WordTable lightVerbs,
        Judgments judgments) {
    public CodingParts {
        Objects.requireNonNull(verbs, "verbs");
        Objects.requireNonNull(nouns, "nouns");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(embedding, "embedding");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(codes, "codes");
        Objects.requireNonNull(actorWords, "actorWords");
        Objects.requireNonNull(lightVerbs, "lightVerbs");
        Objects.requireNonNull(judgments, "judgments");
    }
}
