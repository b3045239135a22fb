package org.dyad.coding;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.dyad.coding.cameo.PatternElement;
import org.dyad.coding.cameo.VerbPattern;
import org.dyad.lexicon.WordKeys;
import org.dyad.model.Token;
import org.dyad.nlp.DependencyTree;
import org.dyad.rules.Rules;

/**
 * Matches CAMEO verb-dictionary patterns against a verb in a dependency tree. Bare words after
 * the '*' must appear in the verb's object or particles; prepositional elements anywhere in its
 * predicate after it (not its subject and not embedded clauses, which are coded apart); the
 * words before it within the subject. Prepositional elements need the preposition to head a
 * phrase whose words match; '$' and '+' inside one bind that phrase as source or target. Words
 * and tokens are compared by {@link WordKeys#key} (upper case, Arabic letters normalised), as the
 * dictionary keyed its words.
 */
public final class PatternMatcher {
    /** Dependents of a verb (and their branches) outside its predicate: a class of relation names. */
    private static final String NOT_IN_PREDICATE = "predicate_asides";
    /** Branches of an object that add prepositional phrases or clauses, which only '(...)' elements match. */
    private static final String OBJECT_ASIDES = "object_asides";

    /**
     * A pattern that matched, how specific it is, how many of its bare words fell on the head of
     * the verb's object rather than on a modifier (between equally specific patterns, "withdrew
     * its weapons inspectors" is about the inspectors, not the weapons), and the tokens its
     * markers bound.
     */
    public record Match(
            VerbPattern pattern, int weight, int onHeads, Optional<Integer> source, Optional<Integer> target) {
        /** Whether this match is to be preferred to {@code other}. */
        public boolean beats(Match other) {
            return weight > other.weight || (weight == other.weight && onHeads > other.onHeads);
        }
    }

    /**
     * The token regions a verb's patterns are matched in: the predicate after the verb (for
     * prepositional elements), its object and particles (for bare nouns, as PETRARCH matches them
     * on the object noun phrase) and its subject (for elements before the '*').
     */
    public record Regions(DependencyTree tree, BitSet after, BitSet object, BitSet objectHeads, BitSet before) {}

    /** The regions of {@code verb}, as the selectors and relation classes of {@code dyad/rules/verbs.rules} draw them. */
    public static Regions regions(Rules rules, DependencyTree tree, int verb) {
        BitSet after = tree.subtree(verb, relations(rules, NOT_IN_PREDICATE));
        after.clear(0, verb + 1);
        String[] asides = relations(rules, OBJECT_ASIDES);
        BitSet object = new BitSet(tree.size());
        BitSet heads = new BitSet(tree.size());
        for (int o : rules.select("pattern-objects", tree, verb)) {
            if (o > verb) {
                object.or(tree.subtree(o, asides));
                heads.set(o);
            }
        }
        BitSet before = new BitSet(tree.size());
        for (int s : rules.select("pattern-subjects", tree, verb)) {
            before.or(tree.subtree(s));
        }
        return new Regions(tree, after, object, heads, before);
    }

    private static String[] relations(Rules rules, String relationClass) {
        return rules.wordClasses().words(relationClass).toArray(String[]::new);
    }

    public Optional<Match> match(VerbPattern pattern, Regions r) {
        Binding b = new Binding();
        int onHeads = 0;
        for (PatternElement e : pattern.after()) {
            BitSet region = e instanceof PatternElement.Prep ? r.after() : r.object();
            if (!matches(e, region, r.tree(), b)) {
                return Optional.empty();
            }
            if (!(e instanceof PatternElement.Prep) && endsOn(e, region, r.tree(), r.objectHeads())) {
                onHeads++;
            }
        }
        for (PatternElement e : pattern.before()) {
            if (!matches(e, r.before(), r.tree(), b)) {
                return Optional.empty();
            }
        }
        int weight = pattern.after().stream().mapToInt(PatternElement::weight).sum()
                + pattern.before().stream().mapToInt(PatternElement::weight).sum();
        return Optional.of(
                new Match(pattern, weight, onHeads, Optional.ofNullable(b.source), Optional.ofNullable(b.target)));
    }

    private static final class Binding {
        Integer source;
        Integer target;
    }

    private boolean matches(PatternElement e, BitSet region, DependencyTree tree, Binding b) {
        if (e instanceof PatternElement.Prep prep) {
            return matchesPrep(prep, region, tree, b);
        }
        if (e instanceof PatternElement.Word
                || e instanceof PatternElement.SynsetRef
                || e instanceof PatternElement.Phrase) {
            return findSequence(e, region, tree) >= 0;
        }
        return true; // markers outside a prepositional phrase constrain nothing the tree does not say
    }

    private boolean matchesPrep(PatternElement.Prep prep, BitSet region, DependencyTree tree, Binding b) {
        for (int c = region.nextSetBit(0); c >= 0; c = region.nextSetBit(c + 1)) {
            if (!WordKeys.key(tree.token(c).word()).equals(prep.preposition())) {
                continue;
            }
            int object = objectOf(c, tree);
            BitSet inside = object >= 0 ? tree.subtree(object) : new BitSet();
            inside.clear(0, c + 1);
            if (prepObjectsMatch(prep.objects(), inside, tree, object, b)) {
                return true;
            }
        }
        return false;
    }

    private boolean prepObjectsMatch(
            List<PatternElement> objects, BitSet inside, DependencyTree tree, int object, Binding b) {
        for (PatternElement o : objects) {
            if (o instanceof PatternElement.TargetMarker) {
                if (object < 0) {
                    return false;
                }
                b.target = object;
            } else if (o instanceof PatternElement.SourceMarker) {
                if (object < 0) {
                    return false;
                }
                b.source = object;
            } else if (!matches(o, inside, tree, b)) {
                return false;
            }
        }
        return true;
    }

    /** The phrase a preposition introduces: its head for a case marker, else the next nominal after it. */
    private static int objectOf(int prep, DependencyTree tree) {
        String rel = tree.relation(prep);
        if (rel.equals("case") || rel.equals("mark")) {
            return tree.parent(prep);
        }
        for (int c : tree.children(prep)) {
            return c;
        }
        return -1;
    }

    /** The first token where the element's words start, consecutively, inside the region; -1 if none. */
    int findSequence(PatternElement e, BitSet region, DependencyTree tree) {
        for (int t = region.nextSetBit(0); t >= 0; t = region.nextSetBit(t + 1)) {
            if (endOf(e, t, region, tree) >= 0) {
                return t;
            }
        }
        return -1;
    }

    /** Whether the element's words match somewhere in the region ending on one of {@code heads}. */
    private static boolean endsOn(PatternElement e, BitSet region, DependencyTree tree, BitSet heads) {
        for (int t = region.nextSetBit(0); t >= 0; t = region.nextSetBit(t + 1)) {
            int end = endOf(e, t, region, tree);
            if (end > 0 && heads.get(end - 1)) {
                return true;
            }
        }
        return false;
    }

    /** Where the element ends if it matches from token {@code t} on; -1 if it does not. */
    private static int endOf(PatternElement e, int t, BitSet region, DependencyTree tree) {
        if (t >= tree.size() || !region.get(t)) {
            return -1;
        }
        if (e instanceof PatternElement.Word w) {
            Token token = tree.token(t);
            return w.matches(token.word()) || w.matches(token.lemma()) ? t + 1 : -1;
        }
        if (e instanceof PatternElement.SynsetRef s) {
            for (List<String> phrase : s.phrases()) {
                if (wordsAt(phrase, t, region, tree)) {
                    return t + phrase.size();
                }
            }
            return -1;
        }
        if (e instanceof PatternElement.Phrase p) {
            int at = t;
            for (PatternElement w : p.words()) {
                at = endOf(w, at, region, tree);
                if (at < 0) {
                    return -1;
                }
            }
            return at;
        }
        return -1;
    }

    private static boolean wordsAt(List<String> words, int start, BitSet region, DependencyTree tree) {
        for (int k = 0; k < words.size(); k++) {
            int t = start + k;
            if (t >= tree.size()
                    || !region.get(t)
                    || !wordMatches(words.get(k), tree.token(t), k == words.size() - 1)) {
                return false;
            }
        }
        return true;
    }

    static boolean wordMatches(String word, Token token, boolean last) {
        String w = WordKeys.key(token.word());
        String l = WordKeys.key(token.lemma());
        if (w.equals(word) || l.equals(word)) {
            return true;
        }
        // Dictionary nouns are singular; plurals are generated for the head (last) word only.
        return last
                && (w.equals(word + "S")
                        || w.equals(word + "ES")
                        || (word.endsWith("Y") && w.equals(word.substring(0, word.length() - 1) + "IES")));
    }
}
