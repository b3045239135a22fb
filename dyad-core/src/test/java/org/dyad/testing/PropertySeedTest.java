package org.dyad.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The property tests' seed: fixed unless asked otherwise, and in force for every property. */
class PropertySeedTest {
    private static final List<Long> FIRST = new ArrayList<>();
    private static final List<Long> SECOND = new ArrayList<>();
    private final String before = System.getProperty(PropertySeed.PROPERTY);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(PropertySeed.PROPERTY);
        } else {
            System.setProperty(PropertySeed.PROPERTY, before);
        }
    }

    @Test
    void theDefaultIsTheFixedSeed() {
        System.clearProperty(PropertySeed.PROPERTY);
        assertThat(PropertySeed.chosen()).contains(PropertySeed.FIXED);
        System.setProperty(PropertySeed.PROPERTY, " ");
        assertThat(PropertySeed.chosen()).contains(PropertySeed.FIXED);
    }

    @Test
    void randomLeavesTheSeedToJqwikAndANumberReplaysIt() {
        System.setProperty(PropertySeed.PROPERTY, "Random");
        assertThat(PropertySeed.chosen()).isEmpty();
        System.setProperty(PropertySeed.PROPERTY, "-4711");
        assertThat(PropertySeed.chosen()).contains("-4711");
    }

    @Test
    void aTestDrawingItsOwnInputsGetsTheSameSeedAsANumber() {
        System.clearProperty(PropertySeed.PROPERTY);
        assertThat(TestSeed.asLong()).isEqualTo(Long.parseLong(PropertySeed.FIXED));
        System.setProperty(PropertySeed.PROPERTY, "-4711");
        assertThat(TestSeed.asLong()).isEqualTo(-4711L);
    }

    /** Two properties that draw the same kind of values: under one fixed seed they draw the same ones. */
    @Property(tries = 5)
    void drawsOnce(@ForAll long value) {
        FIRST.add(value);
    }

    @Property(tries = 5)
    void drawsAgain(@ForAll long value) {
        SECOND.add(value);
    }

    @AfterContainer
    static void bothDrewTheSameValuesUnderAFixedSeed() {
        if (PropertySeed.chosen().isPresent()) {
            assertThat(SECOND)
                    .as("values drawn under seed %s", PropertySeed.chosen().get())
                    .isEqualTo(FIRST)
                    .hasSize(5);
        }
    }
}
