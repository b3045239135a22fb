package org.dyad.nlp;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/** Navigation over one sentence's dependency arcs: parents, children by relation, subtrees. */
public final class DependencyTree {
    private final Sentence sentence;
    private final int[] head;
    private final String[] relation;
    private final List<List<Integer>> children;

    public DependencyTree(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.size();
        head = new int[n];
        relation = new String[n];
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            head[i] = Dependency.ROOT;
            relation[i] = "dep";
            children.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            head[d.dependent()] = d.head();
            relation[d.dependent()] = d.relation();
            if (d.head() != Dependency.ROOT) {
                children.get(d.head()).add(d.dependent());
            }
        }
        children.forEach(c -> c.sort(Integer::compare));
    }

    public Sentence sentence() {
        return sentence;
    }

    public Token token(int i) {
        return sentence.token(i);
    }

    public int size() {
        return head.length;
    }

    /** The head of token {@code i}, or {@link Dependency#ROOT}. */
    public int parent(int i) {
        return head[i];
    }

    /** The full relation of token {@code i} to its head, e.g. "obl:against". */
    public String relation(int i) {
        return relation[i];
    }

    /** The relation without subtype, e.g. "obl". */
    public String baseRelation(int i) {
        String r = relation[i];
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    public List<Integer> children(int i) {
        return children.get(i);
    }

    /** Children of {@code i} whose full or base relation is one of {@code relations}. */
    public List<Integer> children(int i, String... relations) {
        List<Integer> out = new ArrayList<>();
        for (int c : children.get(i)) {
            for (String r : relations) {
                if (relation[c].equals(r) || baseRelation(c).equals(r)) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

    public Optional<Integer> firstChild(int i, String... relations) {
        List<Integer> found = children(i, relations);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Whether {@code i} has a child by one of {@code relations} whose lower-cased word is {@code word}. */
    public boolean hasChildWord(int i, String word, String... relations) {
        for (int c : children(i, relations)) {
            if (token(c).word().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** The tokens of the subtree under {@code i}, leaving out branches under the excluded relations. */
    public BitSet subtree(int i, String... excludedRelations) {
        BitSet out = new BitSet(size());
        collect(i, out, excludedRelations, true);
        return out;
    }

    private void collect(int i, BitSet out, String[] excluded, boolean top) {
        if (out.get(i)) {
            return; // a malformed graph must not loop forever
        }
        if (!top) {
            for (String r : excluded) {
                if (relation[i].equals(r) || baseRelation(i).equals(r)) {
                    return;
                }
            }
        }
        out.set(i);
        for (int c : children.get(i)) {
            collect(c, out, excluded, false);
        }
    }

    /** Whether {@code ancestor} dominates {@code i} (or is {@code i}). */
    public boolean dominates(int ancestor, int i) {
        int guard = 0;
        for (int at = i; at != Dependency.ROOT && guard++ <= size(); at = head[at]) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Token indexes of the roots of the sentence (usually one). */
    public List<Integer> roots() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (head[i] == Dependency.ROOT) {
                out.add(i);
            }
        }
        return out;
    }

    /** The case marker (preposition) of a nominal, lower-cased, e.g. "against"; empty if none. */
    public Optional<String> caseMarker(int i) {
        for (int c : children(i, "case")) {
            return Optional.of(token(c).word().toLowerCase(java.util.Locale.ROOT));
        }
        return Optional.empty();
    }
}
