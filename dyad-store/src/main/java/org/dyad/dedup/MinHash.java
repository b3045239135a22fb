package org.dyad.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * MinHash signatures of texts over word shingles: two texts' signatures agree in about the
 * share of positions that their shingle sets overlap (Jaccard similarity), so near-copies of a
 * story (another site's headline, a changed paragraph) are found without comparing texts.
 * Stateless and thread-safe; the same text always gives the same signature.
 */
public final class MinHash {
    /** Number of hash functions: the similarity estimate is within about 0.04 at 0.8. */
    public static final int SIZE = 128;
    /** Words per shingle: five words rarely repeat by chance across different stories. */
    static final int SHINGLE = 5;

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final long[] SEEDS = seeds();

    private MinHash() {}

    /** The signature of {@code text}. */
    public static long[] signature(String text) {
        long[] sig = new long[SIZE];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long shingle : shingles(text)) {
            for (int i = 0; i < SIZE; i++) {
                long h = mix(shingle ^ SEEDS[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** The estimated Jaccard similarity of the texts with these signatures: the share of equal positions. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    /** The signature as hex text, for the store. */
    public static String encode(long[] signature) {
        StringBuilder s = new StringBuilder(SIZE * 16);
        for (long v : signature) {
            s.append(HexFormat.of().toHexDigits(v));
        }
        return s.toString();
    }

    public static long[] decode(String hex) {
        if (hex.length() != SIZE * 16) {
            throw new IllegalArgumentException("fingerprint of " + hex.length() + " hex digits, not " + SIZE * 16);
        }
        long[] sig = new long[SIZE];
        for (int i = 0; i < SIZE; i++) {
            sig[i] = HexFormat.fromHexDigitsToLong(hex, i * 16, i * 16 + 16);
        }
        return sig;
    }

    /** Hashes of the text's overlapping runs of {@link #SHINGLE} words, lower-cased, punctuation ignored. */
    static List<Long> shingles(String text) {
        String[] words = NON_WORD.split(ArticleKey.normalise(text).toLowerCase(Locale.ROOT));
        List<String> kept = new ArrayList<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                kept.add(w);
            }
        }
        List<Long> hashes = new ArrayList<>();
        int n = Math.max(1, kept.size() - SHINGLE + 1);
        for (int i = 0; i < n && !kept.isEmpty(); i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(kept.size(), i + SHINGLE); j++) {
                h = mix(h ^ kept.get(j).hashCode()) + j - i;
            }
            hashes.add(h);
        }
        return hashes;
    }

    /** SplitMix64's finaliser: a cheap 64-bit mix whose outputs behave like independent hashes. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] s = new long[SIZE];
        long x = 0x2545F4914F6CDD1DL;
        for (int i = 0; i < SIZE; i++) {
            x += 0x9E3779B97F4A7C15L;
            s[i] = mix(x);
        }
        return s;
    }
}
