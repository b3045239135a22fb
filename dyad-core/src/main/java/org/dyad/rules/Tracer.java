package org.dyad.rules;

import java.util.List;

/** Hears every alternative a selector tried and what it found: how {@code dyad explain} shows the rules at work. */
public interface Tracer {
    /** The tracer that keeps nothing. */
    Tracer NONE = (selector, alternative, token, depth, found) -> {};

    void tried(Selector selector, Selector.Alternative alternative, int token, int depth, List<Integer> found);
}
