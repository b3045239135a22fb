package org.dyad.coding;

import java.util.Objects;
import org.dyad.actors.ActorWords;
import org.dyad.lexicon.WordTable;
import org.dyad.rules.Rules;
import org.dyad.stage.StageTimes;
import org.dyad.time.EventDating;

/**
 * The resources event coding needs, all thread-safe after construction, and where the coder
 * reports the time its attribution, time and place steps take. {@code rules} are the selectors the
 * coder asks at each step (who is the source, what a verb embeds, what modifies its status).
 */
public record CodingParts(
        VerbCoder verbs,
        NounCoder nouns,
        Rules rules,
        RoleFinder roles,
        Embedding embedding,
        Modality modality,
        EventCodes codes,
        EventFactory factory,
        ActorWords actorWords,
        WordTable lightVerbs,
        Judgments judgments,
        Sources sources,
        EventDating dating,
        EventPlacing placing,
        StageTimes times) {
    /** Parts whose times nobody reads. */
    public CodingParts(
            VerbCoder verbs,
            NounCoder nouns,
            Rules rules,
            RoleFinder roles,
            Embedding embedding,
            Modality modality,
            EventCodes codes,
            EventFactory factory,
            ActorWords actorWords,
            WordTable lightVerbs,
            Judgments judgments,
            Sources sources,
            EventDating dating,
            EventPlacing placing) {
        this(
                verbs,
                nouns,
                rules,
                roles,
                embedding,
                modality,
                codes,
                factory,
                actorWords,
                lightVerbs,
                judgments,
                sources,
                dating,
                placing,
                new StageTimes());
    }

    public CodingParts {
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(nouns, "nouns");
        Objects.requireNonNull(actorWords, "actorWords");
        Objects.requireNonNull(lightVerbs, "lightVerbs");
        Objects.requireNonNull(verbs, "verbs");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(embedding, "embedding");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(codes, "codes");
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(judgments, "judgments");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(dating, "dating");
        Objects.requireNonNull(placing, "placing");
    }
}
