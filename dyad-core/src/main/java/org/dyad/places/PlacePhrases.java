package org.dyad.places;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.EntityClass;
import org.dyad.model.Token;
import org.dyad.model.Upos;
import org.dyad.nlp.DependencyTree;
import org.dyad.places.PlaceNames.Designation;
import org.dyad.rules.Rules;

/**
 * Finds the phrases that say where an event happened by the selectors of
 * {@code dyad/rules/places.rules}, asked about its trigger: a locative phrase of the trigger
 * ("clashes erupted in Hama", "strikes on Aleppo's outskirts"), one hung from the phrase before
 * it, as the parser often does ("resumed among the two parties in Hama Province", "attacks
 * against Iran's assets in Syria"), a place where the object is said to be ("evacuate its base
 * located in Damascus International Airport"), and last the object itself where it may be a town
 * ("liberated the cities of Palmyra and Quaryatayn"). Subjects are never places: "Moscow forced
 * both sides" names an actor. The selectors choose the phrases; this class reads the name each
 * gives.
 */
public final class PlacePhrases {
    /**
     * How many phrases deep below a role phrase a place is looked for. The walk goes down only
     * through phrases that name no place, which reading their name decides, so it is not a selector.
     */
    private static final int HUNG_DEPTH = 2;

    private final DependencyTree tree;
    private final Rules rules;

    public PlacePhrases(DependencyTree tree, Rules rules) {
        this.tree = tree;
        this.rules = rules;
    }

    /** The place phrases of the event of {@code trigger} (token indexes, head first), the likeliest first. */
    public List<PlacePhrase> of(List<Integer> trigger) {
        Set<Integer> heads = new LinkedHashSet<>(trigger);
        for (int t : trigger) {
            heads.addAll(select("happening-verb", t)); // "clashes erupted in Hama"
        }
        List<PlacePhrase> direct = new ArrayList<>();
        List<PlacePhrase> hung = new ArrayList<>();
        List<PlacePhrase> objects = new ArrayList<>();
        for (int h : heads) {
            for (int c : select("where-phrases", h)) {
                Optional<PlacePhrase> named = locative(c);
                named.ifPresent(direct::add);
                if (named.isEmpty() && isLocative(c)) {
                    // "killed in clashes in Raqqa province": a locative noun naming no place may carry one.
                    hungFrom(c, 1, hung);
                }
            }
            for (int c : select("place-carriers", h)) {
                hungFrom(c, 1, hung);
            }
            for (int c : select("place-objects", h)) {
                phrase(c, true).ifPresent(objects::add);
            }
        }
        List<PlacePhrase> out = new ArrayList<>();
        for (List<PlacePhrase> group : List.of(direct, hung, objects)) {
            for (PlacePhrase p : group) {
                out.add(p);
                for (int c : select("inner-places", p.head())) {
                    phrase(c, false).ifPresent(out::add); // "the T4 airbase in Homs"
                }
            }
        }
        return out;
    }

    /**
     * Locative phrases hung from a role phrase of the trigger or from a phrase inside it, down to
     * {@link #HUNG_DEPTH} phrases deep ("attacks against Iran's assets in Syria"), and where a
     * participle says the noun is ("its base located in Damascus International Airport").
     */
    private void hungFrom(int c, int depth, List<PlacePhrase> out) {
        for (int p : select("hung-phrases", c)) {
            Optional<PlacePhrase> named = isLocative(p) ? phrase(p, false) : Optional.empty();
            named.ifPresent(out::add);
            if (named.isEmpty() && depth < HUNG_DEPTH) {
                hungFrom(p, depth + 1, out);
            }
        }
        for (int p : select("participle-places", c)) {
            locative(p).ifPresent(out::add);
        }
    }

    /**
     * A definite place noun with no name that the event is about: "This site has been the target
     * of air strikes", "the base was attacked". Its place is one named before ({@link PlaceAnaphora}).
     */
    public Optional<Integer> anaphor(List<Integer> trigger) {
        for (int t : trigger) {
            for (int c : select("place-anaphors", t)) {
                if (!isProper(tree.token(c))) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    /** Every name of the sentence that may be a place, in text order (the antecedents of an anaphor). */
    public List<PlacePhrase> names() {
        List<PlacePhrase> out = new ArrayList<>();
        for (int t = 0; t < tree.size(); t++) {
            if (rules.holds("name-part", tree, t)) {
                continue;
            }
            if (isProper(tree.token(t))) {
                phrase(t, false).ifPresent(out::add);
            } else if (tree.token(t).isNoun()
                    && designation(tree.token(t).word()).isPresent()) {
                int noun = t;
                phrase(t, false).filter(p -> p.tokens().contains(noun)).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Whether a dependent is a locative phrase ("in Damascus"), which says where, not who. */
    public boolean isLocative(int t) {
        return rules.holds("locative", tree, t);
    }

    /** The place a locative phrase names, or one that names a place only with a designator ("to the town of X"). */
    private Optional<PlacePhrase> locative(int c) {
        if (isLocative(c)) {
            return phrase(c, false);
        }
        if (rules.holds("designated-place", tree, c)) {
            return phrase(c, false)
                    .filter(p -> p.designation().isPresent()
                            || designation(tree.token(p.last()).word()).isPresent());
        }
        return Optional.empty();
    }

    /**
     * The name a nominal gives: its proper-noun words with their compounds ("Damascus International
     * Airport", "the Homs countryside"), or the proper noun a designator governs ("the town of Samarra").
     */
    Optional<PlacePhrase> phrase(int head, boolean object) {
        Token h = tree.token(head);
        Optional<Designation> designation = Optional.empty();
        int nameHead = head;
        if (!isProper(h) && designation(h.word()).isPresent()) {
            for (int c : tree.children(head, "nmod")) {
                if (tree.caseMarker(c)
                                .map(m -> rules.wordClasses().contains("function-words.of", m))
                                .orElse(false)
                        && isProper(tree.token(c))) {
                    designation = designation(h.word());
                    nameHead = c;
                    break;
                }
            }
        }
        List<Integer> tokens = nameTokens(nameHead);
        if (tokens.stream().noneMatch(t -> isProper(tree.token(t)))) {
            return owner(nameHead).flatMap(o -> phrase(o, object)); // "in Syria's bloody conflict"
        }
        boolean mayNameParty = object;
        if (!isProper(tree.token(nameHead))
                && designation(tree.token(nameHead).word()).isEmpty()) {
            // "a posh Sofia restaurant", "the Manbij campaign": the name is where the thing is, if it is no party's.
            while (!isProper(tree.token(tokens.get(tokens.size() - 1)))) {
                tokens = tokens.subList(0, tokens.size() - 1);
            }
            mayNameParty = true;
        }
        List<List<Integer>> besides = new ArrayList<>();
        for (int a : tree.children(nameHead, "appos", "nmod:poss")) {
            List<Integer> words = nameTokens(a);
            if (words.stream().anyMatch(t -> isProper(tree.token(t)))) {
                besides.add(words);
            }
        }
        return Optional.of(new PlacePhrase(nameHead, tokens, designation, besides, mayNameParty));
    }

    /** The proper noun that owns a nominal ("Grozny" of "Grozny's streets"), if any. */
    private Optional<Integer> owner(int head) {
        return tree.children(head, "nmod:poss").stream()
                .filter(o -> isProper(tree.token(o)))
                .findFirst();
    }

    /** The head and the name words before it (compounds, proper adjectives, numbers: "T4"), contiguous. */
    private List<Integer> nameTokens(int head) {
        int first = head;
        while (first > 0 && inName(first - 1, head)) {
            first--;
        }
        int last = head;
        while (last + 1 < tree.size()
                && tree.parent(last + 1) == head
                && tree.baseRelation(last + 1).equals("flat")) {
            last++;
        }
        List<Integer> out = new ArrayList<>();
        for (int t = first; t <= last; t++) {
            out.add(t);
        }
        return out;
    }

    /** Whether {@code t} hangs from {@code head} by name relations only ("Bassel Al-Assad International Airport"). */
    private boolean inName(int t, int head) {
        if (!nameLike(tree.token(t))) {
            return false;
        }
        int guard = 0;
        for (int at = t; at != head; at = tree.parent(at)) {
            if (at < 0 || guard++ > tree.size() || !rules.holds("name-part", tree, at)) {
                return false;
            }
        }
        return true;
    }

    private boolean nameLike(Token t) {
        return isProper(t)
                || t.upos() == Upos.NUM
                || t.isNoun() && Character.isUpperCase(t.word().charAt(0))
                || designation(t.word()).isPresent();
    }

    private Optional<Designation> designation(String word) {
        return PlaceNames.designation(rules.wordClasses(), word);
    }

    private List<Integer> select(String selector, int token) {
        return rules.select(selector, tree, token);
    }

    private static boolean isProper(Token t) {
        return t.isProperNoun()
                || t.entity() == EntityClass.LOCATION
                        && Character.isUpperCase(t.word().charAt(0));
    }
}
