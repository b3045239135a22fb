package org.dyad.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds, among the articles added so far, one that a new text is a near-copy of. Signatures are
 * cut into bands (locality-sensitive hashing): texts that share a whole band become candidates,
 * and a candidate counts when its estimated similarity reaches the threshold. Not thread-safe.
 */
public final class NearDuplicates {
    /** 32 bands of 4 rows: pairs at 0.75 similarity share a band with probability above 0.999. */
    private static final int BANDS = 32;

    private static final int ROWS = MinHash.SIZE / BANDS;

    private final double threshold;
    private final Map<String, long[]> signatures = new HashMap<>();
    private final List<Map<Long, List<String>>> bands = new ArrayList<>();

    /** A near-copy found: the key of the article it copies, and how similar they are. */
    public record Match(String keptKey, double similarity) {}

    /** An index where texts at least {@code threshold} similar (0..1] are near-copies. */
    public NearDuplicates(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("similarity threshold " + threshold + " is outside (0, 1]");
        }
        this.threshold = threshold;
        for (int b = 0; b < BANDS; b++) {
            bands.add(new HashMap<>());
        }
    }

    /** The most similar article added so far, if one reaches the threshold; ties go to the smaller key, so
     * the answer does not depend on the order articles were added in (a resumed run adds them in another). */
    public Optional<Match> find(long[] signature) {
        Set<String> candidates = new LinkedHashSet<>();
        for (int b = 0; b < BANDS; b++) {
            candidates.addAll(bands.get(b).getOrDefault(band(signature, b), List.of()));
        }
        Match best = null;
        for (String key : candidates) {
            double s = MinHash.similarity(signature, signatures.get(key));
            if (s >= threshold
                    && (best == null
                            || s > best.similarity()
                            || s == best.similarity() && key.compareTo(best.keptKey()) < 0)) {
                best = new Match(key, s);
            }
        }
        return Optional.ofNullable(best);
    }

    public void add(String key, long[] signature) {
        if (signatures.putIfAbsent(key, signature) != null) {
            return;
        }
        for (int b = 0; b < BANDS; b++) {
            bands.get(b)
                    .computeIfAbsent(band(signature, b), k -> new ArrayList<>(1))
                    .add(key);
        }
    }

    public int size() {
        return signatures.size();
    }

    private static long band(long[] signature, int b) {
        long h = b;
        for (int i = b * ROWS; i < (b + 1) * ROWS; i++) {
            h = h * 0x100000001B3L ^ signature[i];
        }
        return h;
    }
}
