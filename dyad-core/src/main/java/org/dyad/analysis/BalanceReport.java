package org.dyad.analysis;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The structural balance of a signed network: how many triads have three signed edges, how many
 * of them are balanced, the balanced share by count and by triad weight (both empty when there
 * are no triads, since a share of nothing is undefined), and the unbalanced triads, heaviest first.
 */
public record BalanceReport(
        int triads,
        int balancedTriads,
        OptionalDouble balancedShare,
        OptionalDouble weightedBalancedShare,
        List<Triad> unbalanced) {

    public BalanceReport {
        if (balancedTriads < 0 || balancedTriads > triads) {
            throw new IllegalArgumentException(balancedTriads + " balanced triads of " + triads);
        }
        unbalanced = List.copyOf(unbalanced);
    }
}
