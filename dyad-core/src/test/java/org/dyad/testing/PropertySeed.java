package org.dyad.testing;

import java.util.Optional;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The seed every property test runs from unless it names its own ({@link TestSeed}: fixed by
 * default, {@code -Ddyad.property.seed=random} or {@code =N} otherwise). Registered for all
 * properties through {@code META-INF/services}.
 */
public final class PropertySeed implements AroundPropertyHook {
    /** The system property that chooses the seed. */
    public static final String PROPERTY = TestSeed.PROPERTY;
    /** The seed of the default build. */
    public static final String FIXED = TestSeed.FIXED;

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        if (context.attributes().seed().filter(s -> !s.isEmpty()).isEmpty()) {
            chosen().ifPresent(context.attributes()::setSeed);
        }
        return property.execute();
    }

    /** The seed to run from, or none for a random one. */
    static Optional<String> chosen() {
        return TestSeed.chosen();
    }

    /** Registered once for the whole run, it reaches every property below. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }
}
