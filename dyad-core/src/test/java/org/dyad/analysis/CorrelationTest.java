package org.dyad.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CorrelationTest {
    @Test
    void aSeriesAndItsDoubleArePerfectlyCorrelated() {
        assertEquals(
                1.0,
                Correlation.pearson(new double[] {1, 2, 3}, new double[] {2, 4, 6})
                        .getAsDouble(),
                1e-12);
    }

    @Test
    void aSeriesAndItsReverseAreAntiCorrelated() {
        assertEquals(
                -1.0,
                Correlation.pearson(new double[] {1, 2, 3}, new double[] {3, 2, 1})
                        .getAsDouble(),
                1e-12);
    }

    @Test
    void aWorkedExample() {
        // Deviations -1.5 -0.5 0.5 1.5 and -1.5 0.5 -0.5 1.5: sum of products 4, sums of squares 5 and 5.
        assertEquals(
                0.8,
                Correlation.pearson(new double[] {1, 2, 3, 4}, new double[] {1, 3, 2, 4})
                        .getAsDouble(),
                1e-12);
    }

    @Test
    void aConstantSeriesHasNoCorrelation() {
        assertTrue(Correlation.pearson(new double[] {2, 2, 2}, new double[] {1, 5, 9})
                .isEmpty());
        assertTrue(Correlation.pearson(new double[] {1, 5, 9}, new double[] {0, 0, 0})
                .isEmpty());
    }

    @Test
    void fewerThanTwoPairsHaveNoCorrelation() {
        assertTrue(Correlation.pearson(new double[] {1}, new double[] {2}).isEmpty());
        assertTrue(Correlation.pearson(new double[] {}, new double[] {}).isEmpty());
    }

    @Test
    void seriesOfUnequalLengthAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Correlation.pearson(new double[] {1, 2}, new double[] {1}));
    }
}
