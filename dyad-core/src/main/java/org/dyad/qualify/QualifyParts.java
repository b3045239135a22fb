package org.dyad.qualify;

import java.util.Objects;
import org.dyad.coding.EventFactory;
import org.dyad.coding.EventPlacing;
import org.dyad.coding.Sources;
import org.dyad.rules.Rules;
import org.dyad.stage.StageTimes;
import org.dyad.time.EventDating;

/**
 * What the qualify stage reads with, all thread-safe after construction: the rules (attribution's
 * selectors among them), the source words, how events are dated and placed, the factory that
 * makes the final records, and where the stage reports the time its attribution, time and place
 * steps take.
 */
public record QualifyParts(
        Rules rules,
        Sources sources,
        EventDating dating,
        EventPlacing placing,
        EventFactory factory,
        StageTimes times) {
    public QualifyParts {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(dating, "dating");
        Objects.requireNonNull(placing, "placing");
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(times, "times");
    }
}
