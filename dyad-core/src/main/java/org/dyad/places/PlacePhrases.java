package org.dyad.places;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.EntityClass;
import org.dyad.model.Token;
import org.dyad.model.Upos;
import org.dyad.nlp.DependencyTree;
import org.dyad.places.PlaceNames.Designation;

/**
 * Finds the phrases that say where an event happened by the dependency path from its trigger:
 * a locative phrase of the trigger ("clashes erupted in Hama", "strikes on Aleppo's outskirts"),
 * one hung from the phrase before it, as the parser often does ("resumed among the two parties
 * in Hama Province", "attacks against Iran's assets in Syria"), a place where the object is said
 * to be ("evacuate its base located in Damascus International Airport"), and last the object
 * itself where it may be a town ("liberated the cities of Palmyra and Quaryatayn"). Subjects are
 * never places: "Moscow forced both sides" names an actor.
 */
public final class PlacePhrases {
    /** The prepositions of a phrase that says where something is or happens. */
    public static final Set<String> LOCATIVE_CASES = Set.of(
            "in",
            "at",
            "near",
            "outside",
            "inside",
            "across",
            "around",
            "throughout",
            "within",
            "along",
            "on",
            "into",
            "over");
    /** Cases under which only a phrase with a designator ("the town of X") is a place: "of" also names owners. */
    private static final Set<String> DESIGNATED_CASES = Set.of("of", "from", "to", "toward", "towards");
    /** Participles that say where their noun is ("a base located in X"). */
    private static final Set<String> WHERE_PARTICIPLES =
            Set.of("locate", "base", "station", "situate", "deploy", "position", "headquarter", "house", "lie");

    private static final Set<String> DEFINITE = Set.of("this", "that", "the");
    private static final Set<String> ANAPHOR_NOUNS = Set.of(
            "site", "base", "airbase", "airport", "facility", "city", "town", "village", "compound", "camp", "area");
    private static final String[] ROLE_RELATIONS = {"obj", "obl", "nmod", "nsubj:pass", "iobj"};
    private static final int HUNG_DEPTH = 2;
    private static final Set<String> NAME_RELATIONS = Set.of("compound", "flat", "amod", "nummod");

    private final DependencyTree tree;

    public PlacePhrases(DependencyTree tree) {
        this.tree = tree;
    }

    /** The place phrases of the event of {@code trigger} (token indexes, head first), the likeliest first. */
    public List<PlacePhrase> of(List<Integer> trigger) {
        Set<Integer> heads = new LinkedHashSet<>(trigger);
        for (int t : trigger) {
            // "clashes erupted in Hama": the event noun is the subject of a verb that only says it happened.
            if (tree.token(t).isNoun()
                    && tree.parent(t) >= 0
                    && tree.baseRelation(t).equals("nsubj")) {
                heads.add(tree.parent(t));
            }
        }
        List<PlacePhrase> direct = new ArrayList<>();
        List<PlacePhrase> hung = new ArrayList<>();
        List<PlacePhrase> objects = new ArrayList<>();
        for (int h : heads) {
            for (int c : tree.children(h, "obl", "nmod")) {
                Optional<PlacePhrase> named = locative(c);
                named.ifPresent(direct::add);
                if (named.isEmpty() && isLocative(c)) {
                    // "killed in clashes in Raqqa province": a locative noun naming no place may carry one.
                    hungFrom(c, 1, hung);
                }
            }
            for (int c : tree.children(h, ROLE_RELATIONS)) {
                if (isLocative(c)) {
                    continue;
                }
                hungFrom(c, 1, hung);
                if (tree.baseRelation(c).equals("obj") || tree.relation(c).equals("nsubj:pass")) {
                    phrase(c, true).ifPresent(objects::add);
                }
            }
        }
        List<PlacePhrase> out = new ArrayList<>();
        for (List<PlacePhrase> group : List.of(direct, hung, objects)) {
            for (PlacePhrase p : group) {
                out.add(p);
                out.addAll(inner(p));
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
        for (int p : tree.children(c, "nmod", "obl")) {
            Optional<PlacePhrase> named = isLocative(p) ? locative(p) : Optional.empty();
            named.ifPresent(out::add);
            if (named.isEmpty() && depth < HUNG_DEPTH) {
                hungFrom(p, depth + 1, out);
            }
        }
        for (int a : tree.children(c, "acl")) {
            if (WHERE_PARTICIPLES.contains(tree.token(a).lemma().toLowerCase(Locale.ROOT))) {
                for (int p : tree.children(a, "obl", "nmod")) {
                    locative(p).ifPresent(out::add);
                }
            }
        }
    }

    /**
     * A definite place noun with no name that the event is about: "This site has been the target
     * of air strikes", "the base was attacked". Its place is one named before ({@link PlaceAnaphora}).
     */
    public Optional<Integer> anaphor(List<Integer> trigger) {
        for (int t : trigger) {
            List<Integer> around = new ArrayList<>(tree.children(t, "nsubj", "nsubj:pass", "obj", "obl"));
            int up = tree.parent(t);
            if (up >= 0 && tree.token(t).isNoun() && !tree.children(up, "cop").isEmpty()) {
                around.addAll(tree.children(up, "nsubj")); // "This site has been the target of ... strikes"
            }
            for (int c : around) {
                Token w = tree.token(c);
                boolean definite = tree.children(c, "det").stream()
                        .anyMatch(d -> DEFINITE.contains(tree.token(d).word().toLowerCase(Locale.ROOT)));
                if (definite
                        && w.isNoun()
                        && !isProper(w)
                        && ANAPHOR_NOUNS.contains(w.lemma().toLowerCase(Locale.ROOT))
                        && tree.children(c, "compound", "nmod").isEmpty()) {
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
            if (isProper(tree.token(t)) && !NAME_RELATIONS.contains(tree.baseRelation(t))) {
                phrase(t, false).ifPresent(out::add);
            } else if (tree.token(t).isNoun()
                    && PlaceNames.designation(tree.token(t).word()).isPresent()
                    && !NAME_RELATIONS.contains(tree.baseRelation(t))) {
                int noun = t;
                phrase(t, false).filter(p -> p.tokens().contains(noun)).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Whether a dependent is a locative phrase ("in Damascus"), which says where, not who. */
    public boolean isLocative(int t) {
        return tree.caseMarker(t).map(LOCATIVE_CASES::contains).orElse(false);
    }

    private Optional<PlacePhrase> locative(int c) {
        Optional<String> marker = tree.caseMarker(c);
        if (marker.isEmpty()) {
            return Optional.empty();
        }
        if (LOCATIVE_CASES.contains(marker.get())) {
            return phrase(c, false);
        }
        if (DESIGNATED_CASES.contains(marker.get())) {
            return phrase(c, false)
                    .filter(p -> p.designation().isPresent()
                            || PlaceNames.designation(tree.token(p.last()).word())
                                    .isPresent());
        }
        return Optional.empty();
    }

    /** The places named inside a phrase that itself may name none the gazetteer knows ("the T4 airbase in Homs"). */
    private List<PlacePhrase> inner(PlacePhrase p) {
        List<PlacePhrase> out = new ArrayList<>();
        for (int c : tree.children(p.head(), "nmod")) {
            if (isLocative(c)) {
                phrase(c, false).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * The name a nominal gives: its proper-noun words with their compounds ("Damascus International
     * Airport", "the Homs countryside"), or the proper noun a designator governs ("the town of Samarra").
     */
    Optional<PlacePhrase> phrase(int head, boolean object) {
        Token h = tree.token(head);
        Optional<Designation> designation = Optional.empty();
        int nameHead = head;
        if (!isProper(h) && PlaceNames.designation(h.word()).isPresent()) {
            for (int c : tree.children(head, "nmod")) {
                if (tree.caseMarker(c).map("of"::equals).orElse(false) && isProper(tree.token(c))) {
                    designation = PlaceNames.designation(h.word());
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
                && PlaceNames.designation(tree.token(nameHead).word()).isEmpty()) {
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
            if (at < 0 || guard++ > tree.size() || !NAME_RELATIONS.contains(tree.baseRelation(at))) {
                return false;
            }
        }
        return true;
    }

    private static boolean nameLike(Token t) {
        return isProper(t)
                || t.upos() == Upos.NUM
                || t.isNoun() && Character.isUpperCase(t.word().charAt(0))
                || PlaceNames.designation(t.word()).isPresent();
    }

    private static boolean isProper(Token t) {
        return t.isProperNoun()
                || t.entity() == EntityClass.LOCATION
                        && Character.isUpperCase(t.word().charAt(0));
    }
}
