package org.dyad.actors.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over words: each node maps an upper-case word to the next node, and the nodes where a
 * phrase ends hold the values inserted for it, in insertion order. Built once, then only read,
 * so one trie serves every thread.
 *
 * @param <T> what a phrase leads to
 */
public final class TokenTrie<T> {
    private final Node<T> root = new Node<>();
    private int phrases;

    /** One node: its children by word and the values of the phrases ending here. */
    public static final class Node<T> {
        // Most nodes have one child or none: small maps and lazy lists keep ~200k nodes light.
        private Map<String, Node<T>> children;
        private List<T> values;

        public Node<T> child(String word) {
            return children == null ? null : children.get(word);
        }

        public List<T> values() {
            return values == null ? List.of() : values;
        }

        private Node<T> childOrNew(String word) {
            if (children == null) {
                children = new HashMap<>(2);
            }
            return children.computeIfAbsent(word, w -> new Node<>());
        }
    }

    /** Adds {@code value} at the end of the path {@code words}; the same value twice is kept once. */
    public void insert(List<String> words, T value) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("cannot insert an empty phrase for " + value);
        }
        Node<T> node = root;
        for (String word : words) {
            node = node.childOrNew(word);
        }
        if (node.values == null) {
            node.values = new ArrayList<>(1);
        }
        if (!node.values.contains(value)) {
            node.values.add(value);
            phrases++;
        }
    }

    public Node<T> root() {
        return root;
    }

    /** How many (phrase, value) pairs the trie holds. */
    public int size() {
        return phrases;
    }
}
