package org.dyad.nlp.corenlp;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scoring network of CoreNLP's neural dependency parser (one hidden layer with a cube
 * activation over 48 embedded features), computed from the parser's own weights so that every
 * score is bit for bit the score CoreNLP's {@code Classifier} computes, only faster: CoreNLP sums
 * each output as one long dot product, a chain of dependent additions the processor cannot
 * overlap, where this adds each hidden unit's column to all outputs at once (the same additions
 * in the same order for each output, so the same rounding), loops the JIT compiler vectorises.
 * The features the parser precomputed are looked up in a table of primitive ints rather than a
 * map of boxed ones, and the contributions of the others, which CoreNLP keeps in a small
 * least-recently-used cache behind a lock, are kept once computed, up to a bound, in a concurrent
 * map (a few tens of thousands of distinct ones on a corpus: words the parser does not know share
 * one embedding). The parser's own work was half of all annotation time. Thread-safe; each call
 * brings its own {@link Scratch}.
 */
final class ParserNetwork {
    /** Features per parser configuration: words, tags and labels around the stack and buffer. */
    static final int FEATURES = 48;

    private final int hiddenSize;
    private final int embeddingSize;
    private final int labels;
    /**
     * Whether CoreNLP rounds a feature's hidden contribution to a float before adding it (its
     * cache of such contributions is on), or adds the products straight into the hidden layer.
     */
    private final boolean roundsSlices;

    private final float[][] embeddings;
    /** W1 transposed: one row of hidden-layer weights per embedding input. */
    private final float[][] inputColumns;

    private final float[] hiddenBias;
    /** W2 transposed and widened: one row of output weights per hidden unit. */
    private final double[][] outputColumns;

    private final double[][] precomputed;
    private final PrecomputedIds precomputedIds;
    /** Contributions of features outside the precomputed ones, rounded as CoreNLP rounds them. */
    private final Map<Integer, float[]> slices = new ConcurrentHashMap<>();
    /** Distinct contributions kept at most (800 bytes each); more are computed each time. */
    private static final int MAX_SLICES = 100_000;

    /** Working arrays for one parse, reused over its transitions. */
    static final class Scratch {
        private final double[] hidden;
        private final double[] slice;
        private final double[] scores;

        private Scratch(int hiddenSize, int labels) {
            hidden = new double[hiddenSize];
            slice = new double[hiddenSize];
            scores = new double[labels];
        }
    }

    /**
     * The network of {@code classifier}, whose {@code precomputed} hidden contributions are
     * keyed in {@code precomputedIds} by feature id ({@code token * 48 + position}).
     */
    ParserNetwork(Classifier classifier, Config config, double[][] precomputed, Map<Integer, Integer> precomputedIds) {
        this.hiddenSize = config.hiddenSize;
        this.embeddingSize = config.embeddingSize;
        this.roundsSlices = config.numCached != 0;
        this.embeddings = classifier.getE();
        this.hiddenBias = classifier.getb1();
        this.precomputed = precomputed;
        float[][] w1 = classifier.getW1();
        inputColumns = new float[FEATURES * embeddingSize][hiddenSize];
        for (int h = 0; h < hiddenSize; h++) {
            for (int in = 0; in < inputColumns.length; in++) {
                inputColumns[in][h] = w1[h][in];
            }
        }
        float[][] w2 = classifier.getW2();
        labels = w2.length;
        outputColumns = new double[hiddenSize][labels];
        for (int l = 0; l < labels; l++) {
            for (int h = 0; h < hiddenSize; h++) {
                outputColumns[h][l] = w2[l][h];
            }
        }
        this.precomputedIds = new PrecomputedIds(precomputedIds);
    }

    Scratch scratch() {
        return new Scratch(hiddenSize, labels);
    }

    int labels() {
        return labels;
    }

    /**
     * The score of each transition for a configuration's {@code features}, in {@code scratch}'s
     * array (overwritten by the next call).
     */
    double[] scores(int[] features, Scratch scratch) {
        double[] hidden = scratch.hidden;
        java.util.Arrays.fill(hidden, 0.0);
        int offset = 0;
        for (int j = 0; j < features.length; j++) {
            int token = features[j];
            int id = precomputedIds.get(token * FEATURES + j);
            if (id >= 0) {
                double[] saved = precomputed[id];
                for (int h = 0; h < hiddenSize; h++) {
                    hidden[h] += saved[h];
                }
            } else if (roundsSlices) {
                addRoundedSlice(hidden, scratch.slice, token * FEATURES + j, embeddings[token], offset);
            } else {
                addSlice(hidden, embeddings[token], offset);
            }
            offset += embeddingSize;
        }
        for (int h = 0; h < hiddenSize; h++) {
            double v = hidden[h] + hiddenBias[h];
            hidden[h] = v * v * v;
        }
        double[] scores = scratch.scores;
        java.util.Arrays.fill(scores, 0.0);
        for (int h = 0; h < hiddenSize; h++) {
            double activation = hidden[h];
            double[] column = outputColumns[h];
            for (int l = 0; l < labels; l++) {
                scores[l] += activation * column[l];
            }
        }
        return scores;
    }

    /** A feature's contribution summed from zero, rounded to a float and then added, as CoreNLP's cached path does. */
    private void addRoundedSlice(double[] hidden, double[] sum, int id, float[] embedding, int offset) {
        float[] slice = slices.get(id);
        if (slice == null) {
            java.util.Arrays.fill(sum, 0.0);
            addSlice(sum, embedding, offset);
            slice = new float[hiddenSize];
            for (int h = 0; h < hiddenSize; h++) {
                slice[h] = (float) sum[h];
            }
            if (slices.size() < MAX_SLICES) {
                slices.putIfAbsent(id, slice);
            }
        }
        for (int h = 0; h < hiddenSize; h++) {
            hidden[h] += slice[h];
        }
    }

    /** Adds each product (a float, widened) of the feature's embedding and weights in turn. */
    private void addSlice(double[] into, float[] embedding, int offset) {
        for (int k = 0; k < embeddingSize; k++) {
            float e = embedding[k];
            float[] column = inputColumns[offset + k];
            for (int h = 0; h < hiddenSize; h++) {
                into[h] += column[h] * e;
            }
        }
    }

    /** An open-addressing table from feature id to row of the precomputed contributions. */
    private static final class PrecomputedIds {
        private final int[] keys;
        private final int[] values;
        private final int mask;

        PrecomputedIds(Map<Integer, Integer> ids) {
            int capacity = Integer.highestOneBit(Math.max(4, ids.size() * 2 - 1)) << 1;
            keys = new int[capacity];
            values = new int[capacity];
            mask = capacity - 1;
            java.util.Arrays.fill(keys, -1);
            ids.forEach((key, value) -> {
                int slot = slot(key);
                while (keys[slot] != -1) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                values[slot] = value;
            });
        }

        /** The row of {@code key}, or -1. */
        int get(int key) {
            int slot = slot(key);
            while (true) {
                int k = keys[slot];
                if (k == key) {
                    return values[slot];
                }
                if (k == -1) {
                    return -1;
                }
                slot = (slot + 1) & mask;
            }
        }

        private int slot(int key) {
            return (key * 0x9E3779B9 >>> 7) & mask;
        }
    }
}
