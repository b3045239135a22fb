package org.dyad.stage;

/**
 * One step of the flow from article to events: takes the previous layer and returns a new,
 * immutable layer that contains it. Stages are thread-safe after construction.
 */
@FunctionalInterface
public interface Stage<I, O> {
    O apply(I input, StageContext context);
}
