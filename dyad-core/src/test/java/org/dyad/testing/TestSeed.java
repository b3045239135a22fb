package org.dyad.testing;

import java.util.Optional;

/**
 * The seed tests that draw random inputs run from: a fixed one by default, so that two runs of the
 * build give the same result; {@code -Ddyad.property.seed=random} explores new inputs on each run,
 * and {@code -Ddyad.property.seed=N} replays the seed a failure reported. Property tests get it
 * through {@link PropertySeed}; a test that draws its own (kill times, say) through {@link
 * #asLong()}, and prints it.
 */
public final class TestSeed {
    /** The system property that chooses the seed. */
    public static final String PROPERTY = "dyad.property.seed";
    /** The seed of the default build. */
    public static final String FIXED = "20261207";

    private TestSeed() {}

    /** The seed to run from, or none for a random one. */
    public static Optional<String> chosen() {
        String given = System.getProperty(PROPERTY, "").strip();
        if (given.equalsIgnoreCase("random")) {
            return Optional.empty();
        }
        return Optional.of(given.isEmpty() ? FIXED : given);
    }

    /** The seed as a number: the fixed one, the one given, or a new one. */
    public static long asLong() {
        return chosen().map(Long::parseLong).orElseGet(System::nanoTime);
    }
}
