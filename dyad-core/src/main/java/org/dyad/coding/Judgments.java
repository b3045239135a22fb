package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.lexicon.WordTable;
import org.dyad.nlp.DependencyTree;

/**
 * Judgments: "Russia considers Iran's presence as an element undermining its efforts", "Tehran
 * views Washington as an enemy", "considers the group a threat". The judging verb's own code in
 * the dictionary (CONSIDER is a consultation there) says nothing of the judgment; the words of the
 * as-phrase or small clause do: a hostile one disapproves of the object, a friendly one endorses
 * it. The words and their codes are in {@value #WORDS}.
 */
public final class Judgments {
    public static final String WORDS = "dyad/lexicon/judgment-words.txt";
    private static final String JUDGE = "judge";
    /** How far below the predicate's head its telling word may be: "an element undermining its efforts". */
    private static final int DEPTH = 2;

    private final WordTable words;

    /** A judgment's code and the word of the predicate that gives it. */
    public record Reading(String code, int word) {}

    public Judgments(WordTable words) {
        this.words = words;
    }

    public static Judgments loadBundled() {
        return new Judgments(WordTable.load(WORDS));
    }

    public String source() {
        return words.name();
    }

    /** The judgment verb {@code v} makes, if it is a judging verb with a telling predicate. */
    public Optional<Reading> read(DependencyTree tree, int v) {
        if (!words.value(tree.token(v).lemma()).map(JUDGE::equals).orElse(false)) {
            return Optional.empty();
        }
        for (int p : predicates(tree, v)) {
            Optional<Reading> r = telling(tree, p, 0);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /** "as an element", "as hostile", or a small clause's predicate ("considers the group a threat"). */
    private static List<Integer> predicates(DependencyTree tree, int v) {
        List<Integer> out = new ArrayList<>();
        for (int c : tree.children(v, "obl", "advcl", "xcomp", "obj")) {
            boolean as = tree.caseMarker(c).map("as"::equals).orElse(false)
                    || tree.children(c, "mark").stream()
                            .anyMatch(m -> tree.token(m).word().equalsIgnoreCase("as"));
            if (as || tree.relation(c).equals("xcomp")) {
                out.add(c);
            }
        }
        return out;
    }

    private Optional<Reading> telling(DependencyTree tree, int t, int depth) {
        Optional<String> code = words.value(tree.token(t).lemma()).filter(c -> c.matches("\\d{2,4}"));
        if (code.isPresent()) {
            return Optional.of(new Reading(code.get(), t));
        }
        if (depth >= DEPTH) {
            return Optional.empty();
        }
        for (int c : tree.children(t, "amod", "acl", "compound", "conj")) {
            Optional<Reading> r = telling(tree, c, depth + 1);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }
}
