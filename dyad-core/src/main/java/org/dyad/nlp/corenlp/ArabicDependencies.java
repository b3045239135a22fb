package org.dyad.nlp.corenlp;

import edu.stanford.nlp.trees.HeadFinder;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.international.arabic.ArabicHeadFinder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dyad.model.Dependency;

/**
 * UD basic dependencies read off an Arabic constituency parse. Each phrase's head child is
 * CoreNLP's {@link ArabicHeadFinder}'s, except where UD heads the content word: a PP is headed by
 * its object (the preposition becomes its {@code case}), an SBAR by its clause (the
 * complementiser its {@code mark}), and a conjunction never heads. Every other child hangs from
 * the head child's head word by the relation {@link ArabicRelations} gives it. Thread-safe.
 */
final class ArabicDependencies {
    private final HeadFinder heads = new ArabicHeadFinder();
    private final ArabicRelations relations;
    private final ArabicLemmas verbs;

    ArabicDependencies(ArabicRelations relations, ArabicLemmas verbs) {
        this.relations = Objects.requireNonNull(relations, "relations");
        this.verbs = Objects.requireNonNull(verbs, "verbs");
    }

    /**
     * The arcs of {@code tree}, a parse of the words {@code words} tagged {@code tags}, one arc per
     * word, ordered by dependent; none when the tree is not a parse of them (the parser gave up
     * and left a flat "X" over the tags).
     */
    List<Dependency> of(Tree tree, List<String> words, List<String> tags) {
        if (tree == null) {
            return List.of();
        }
        List<Tree> leaves = tree.getLeaves();
        Tree top = tree.label().value().equals("ROOT") && tree.numChildren() == 1 ? tree.firstChild() : tree;
        if (leaves.size() != words.size() || top.label().value().equals("X")) {
            return List.of();
        }
        Map<Tree, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < leaves.size(); i++) {
            index.put(leaves.get(i), i);
        }
        List<Dependency> out = new ArrayList<>(words.size());
        int root = new Walk(index, words, tags, out).head(tree, false);
        out.add(new Dependency(Dependency.ROOT, root, "root"));
        out.sort(Comparator.comparingInt(Dependency::dependent));
        return out;
    }

    /** One walk down one tree, adding its arcs to {@code out}. */
    private final class Walk {
        private final Map<Tree, Integer> index;
        private final List<String> words;
        private final List<String> tags;
        private final List<Dependency> out;

        Walk(Map<Tree, Integer> index, List<String> words, List<String> tags, List<Dependency> out) {
            this.index = index;
            this.words = words;
            this.tags = tags;
            this.out = out;
        }

        /**
         * The head word of {@code node}, after adding the arcs inside it; {@code subject}: the
         * clause has its subject already (before the verb), so the first NP after it is no subject.
         */
        int head(Tree node, boolean subject) {
            if (node.isLeaf()) {
                return index.get(node);
            }
            Tree[] kids = node.children();
            if (kids.length == 1) {
                return head(kids[0], subject);
            }
            int h = headChild(node, kids);
            String parent = base(node);
            String headLabel = base(kids[h]);
            boolean subjectBefore = false;
            for (int i = 0; i < h; i++) {
                subjectBefore |= base(kids[i]).equals("NP");
            }
            int[] words = new int[kids.length];
            for (int i = 0; i < kids.length; i++) {
                // An S's verb phrase after a noun phrase (SVO) has its subject.
                words[i] = head(kids[i], i == h && (subject || parent.equals("S") && subjectBefore));
            }
            Map<String, Integer> slots = new HashMap<>();
            if (parent.equals("VP")
                    && (subject || verbs.carriesSubject(this.words.get(words[h]), tags.get(words[h])))) {
                slots.put("NP", 1);
            }
            int pendingCc = -1;
            boolean conjunction = false;
            for (int i = 0; i < kids.length; i++) {
                if (i == h) {
                    continue;
                }
                String label = base(kids[i]);
                int first = index.get(kids[i].getLeaves().get(0));
                ArabicRelations.Child child = new ArabicRelations.Child(
                        parent,
                        headLabel,
                        label,
                        tags.get(words[i]),
                        this.words.get(words[i]),
                        this.words.get(first),
                        i < h ? ArabicRelations.Side.BEFORE : ArabicRelations.Side.AFTER,
                        slots.getOrDefault(label, 0),
                        i > h && conjunction);
                ArabicRelations.Match m = relations.relation(child);
                if (m.slot()) {
                    slots.merge(label, 1, Integer::sum);
                }
                if (m.relation().equals("cc") && i > h) {
                    // UD hangs a conjunction from the conjunct after it: wait for that one.
                    conjunction = true;
                    if (pendingCc >= 0) {
                        out.add(new Dependency(words[h], words[pendingCc], "cc"));
                    }
                    pendingCc = i;
                    continue;
                }
                if (m.relation().equals("conj") && pendingCc >= 0) {
                    out.add(new Dependency(words[i], words[pendingCc], "cc"));
                    pendingCc = -1;
                }
                out.add(new Dependency(words[h], words[i], m.relation()));
            }
            if (pendingCc >= 0) {
                out.add(new Dependency(words[h], words[pendingCc], "cc"));
            }
            return words[h];
        }

        /** The index of the head child among {@code kids}, the children of {@code node}. */
        private int headChild(Tree node, Tree[] kids) {
            String label = base(node);
            if (label.equals("PP") || label.equals("SBAR")) {
                for (int i = 1; i < kids.length; i++) {
                    String kid = base(kids[i]);
                    if (kid.equals("NP") || kid.startsWith("S") || kid.equals("VP") || kid.equals("ADJP")) {
                        return i;
                    }
                }
            }
            Tree chosen = heads.determineHead(node);
            int h = 0;
            for (int i = 0; i < kids.length; i++) {
                if (kids[i] == chosen) {
                    h = i;
                }
            }
            String head = base(kids[h]);
            if (head.equals("CC") || head.equals("PUNC") || head.equals("CONJP")) {
                for (int i = 0; i < kids.length; i++) {
                    String kid = base(kids[i]);
                    if (!kid.equals("CC") && !kid.equals("PUNC") && !kid.equals("CONJP")) {
                        return i;
                    }
                }
            }
            return h;
        }
    }

    /** A label without its function tags and indices: "NP" for "NP-SBJ-1". */
    private static String base(Tree node) {
        String value = node.label().value();
        int cut = value.indexOf('-', 1);
        int eq = value.indexOf('=', 1);
        if (eq > 0 && (cut < 0 || eq < cut)) {
            cut = eq;
        }
        return cut > 0 ? value.substring(0, cut) : value;
    }
}
