package org.dyad.actors.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.ActorWords;
import org.dyad.model.EntityClass;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.model.Upos;
import org.dyad.nlp.DependencyTree;

/**
 * Reads noun phrases off a dependency tree: the modifiers that say who the head is (its
 * phrase), the patron participles hanging from it, and the token span shown as its text.
 */
final class PhraseReader {
    /** Dependents of a head that describe it rather than add a clause or another entity. */
    private static final Set<String> HEAD_MODIFIERS =
            Set.of("det", "amod", "compound", "nmod:poss", "flat", "nummod", "fixed", "det:predet", "nmod");
    /** Dependents never part of an actor description, at any depth. */
    private static final Set<String> CLAUSES =
            Set.of("acl", "acl:relcl", "parataxis", "advcl", "appos", "dep", "punct", "ccomp", "xcomp");

    private static final Set<String> DISPLAY_EXCLUDED =
            Set.of("conj", "cc", "parataxis", "appos", "punct", "dep", "case");

    private final DependencyTree tree;
    private final ActorWords words;

    PhraseReader(DependencyTree tree, ActorWords words) {
        this.tree = tree;
        this.words = words;
    }

    /** A name glued into a token ("Tehran" in "pro-Tehran") and the token it is in. */
    record Named(String name, int token) {}

    /** The head and the modifiers that describe it. */
    BitSet phrase(int head) {
        BitSet out = new BitSet(tree.size());
        out.set(head);
        for (int c : tree.children(head)) {
            if (describesHead(c)) {
                collect(c, out);
            }
        }
        return out;
    }

    private boolean describesHead(int c) {
        String rel = tree.relation(c);
        if (!HEAD_MODIFIERS.contains(rel) && !HEAD_MODIFIERS.contains(tree.baseRelation(c))) {
            return false;
        }
        if (isPatronWord(c) || isParticiple(c)) {
            return false;
        }
        // "government of Iran", "a group of Syrian forces" describe the head; "talks in Geneva" do not.
        return !rel.equals("nmod")
                || tree.caseMarker(c).map(m -> words.isFunction(m, "of")).orElse(false);
    }

    private void collect(int i, BitSet out) {
        out.set(i);
        for (int c : tree.children(i)) {
            if (!CLAUSES.contains(tree.relation(c)) && !isPatronWord(c)) {
                collect(c, out);
            }
        }
    }

    private boolean isPatronWord(int c) {
        return words.patronWords().contains(tree.token(c).lemma())
                || words.patronWords().contains(tree.token(c).word())
                || patronPrefixOf(c).isPresent();
    }

    /** "pro-Tehran": the patron's name after a patron prefix, if the token has one. */
    private Optional<String> patronPrefixOf(int c) {
        String word = tree.token(c).word();
        int hyphen = word.indexOf('-');
        if (hyphen <= 0 || hyphen == word.length() - 1) {
            return Optional.empty();
        }
        String prefix = word.substring(0, hyphen + 1).toLowerCase(Locale.ROOT);
        return words.patronWords().contains(prefix) ? Optional.of(word.substring(hyphen + 1)) : Optional.empty();
    }

    /** The patron named inside a modifier token of the head ("pro-Tehran militias"). */
    Optional<Named> patronPrefix(int head) {
        for (int c : tree.children(head, "amod", "compound")) {
            Optional<String> name = patronPrefixOf(c);
            if (name.isPresent()) {
                return Optional.of(new Named(name.get(), c));
            }
        }
        return Optional.empty();
    }

    /**
     * A numeral that heads an "of" phrase ("miles de manifestantes", "two of the soldiers"): it
     * stands for the group the phrase names, as the noun of "dozens of students" does. Spanish
     * taggers read "miles" as a numeral and "decenas" as a noun; both are a quantity of people.
     */
    boolean isQuantityOf(int head) {
        return tree.token(head).upos() == Upos.NUM
                && tree.children(head, "nmod").stream()
                        .anyMatch(c -> tree.caseMarker(c)
                                .map(m -> words.isFunction(m, "of"))
                                .orElse(false));
    }

    /** Location phrases of the head ("forces in Iraq"): the heads of its "in" modifiers. */
    List<Integer> locations(int head) {
        List<Integer> out = new ArrayList<>();
        for (int c : tree.children(head, "nmod")) {
            if (tree.caseMarker(c)
                    .map(m -> words.isFunction(m, "in") || words.isFunction(m, "from"))
                    .orElse(false)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The name a person or organisation head is part of ("Suheil al-Hassan"): the run of proper
     * nouns with the head's named-entity tag around it; empty for other heads.
     */
    Optional<String> properName(int head) {
        EntityClass entity = tree.token(head).entity();
        if (!tree.token(head).isProperNoun() || !(entity == EntityClass.PERSON || entity == EntityClass.ORGANIZATION)) {
            return Optional.empty();
        }
        Span span = nameSpan(head);
        StringBuilder sb = new StringBuilder();
        for (int i = span.start(); i < span.end(); i++) {
            if (sb.length() > 0
                    && tree.token(i).span().start() > tree.token(i - 1).span().end()) {
                sb.append(' ');
            }
            sb.append(tree.token(i).word());
        }
        return Optional.of(sb.toString());
    }

    /** The tokens of the name around the head: neighbouring proper nouns with the same entity tag. */
    Span nameSpan(int head) {
        EntityClass entity = tree.token(head).entity();
        int first = head;
        while (first > 0 && sameName(first - 1, entity)) {
            first--;
        }
        int last = head;
        while (last + 1 < tree.size() && sameName(last + 1, entity)) {
            last++;
        }
        return new Span(first, last + 1);
    }

    private boolean sameName(int i, EntityClass entity) {
        Token t = tree.token(i);
        return t.entity() == entity && (t.isProperNoun() || t.upos() == Upos.PUNCT && t.has("PunctType", "Dash"));
    }

    private boolean isParticiple(int c) {
        return tree.token(c).isPastParticiple() || tree.token(c).isPresentParticiple();
    }

    /**
     * Tokens naming the state behind the head: "Iran" in "Iran-backed groups", "Moscow" in "units
     * linked to Moscow", "regime" in "units enjoying the support of Iran's regime".
     */
    List<Integer> patronTokens(int head) {
        List<Integer> out = new ArrayList<>();
        if (words.patronNouns()
                .value(tree.token(head).lemma())
                .map("possessor"::equals)
                .orElse(false)) {
            out.addAll(tree.children(head, "nmod:poss")); // "Israel's militia ally"
        }
        for (int c : tree.children(head, "acl", "acl:relcl", "nmod")) {
            for (int noun : backingNouns(c)) {
                for (int of : tree.children(noun, "nmod")) {
                    if (tree.caseMarker(of)
                            .map(m -> words.isFunction(m, "of") || words.isFunction(m, "from"))
                            .orElse(false)) {
                        out.add(of);
                    }
                }
            }
        }
        // The parser hangs "associated to Iran" from its noun as amod, acl or, when lost, dep; of
        // two such participles the one nearest the noun is likelier its own.
        List<Integer> participles = new ArrayList<>(tree.children(head, "amod", "acl", "dep"));
        participles.sort(java.util.Comparator.comparingInt(c -> Math.abs(c - head)));
        for (int c : participles) {
            if (isPatronWord(c)
                    && (!tree.relation(c).equals("dep") || tree.token(c).isPastParticiple())) {
                out.addAll(tree.children(c, "obl", "nmod", "compound", "obj", "advmod"));
            }
        }
        return out;
    }

    /**
     * The first conjunct whose premodifiers a bare later conjunct shares ("Iran-linked bases and
     * groups"), or -1 when the head has modifiers of its own or is not such a conjunct.
     */
    int sharedModifierDonor(int head) {
        int parent = tree.parent(head);
        if (!tree.relation(head).equals("conj")
                || parent < 0
                || parent > head
                || !tree.token(parent).isNoun()) {
            return -1;
        }
        boolean bare = tree.children(head).stream()
                .noneMatch(c -> c < head
                        && !tree.relation(c).equals("det")
                        && !tree.relation(c).equals("cc")
                        && !tree.relation(c).equals("punct"));
        return bare ? parent : -1;
    }

    /** "Vietnamese-led forces", "a Saudi-led coalition": the state named as leading the head. */
    List<Integer> leaderTokens(int head) {
        List<Integer> out = new ArrayList<>();
        for (int c : tree.children(head, "amod", "compound")) {
            if (words.commandWords().contains(tree.token(c).lemma())
                    && tree.token(c).isPastParticiple()) {
                out.addAll(tree.children(c, "obl", "compound", "nmod", "amod", "advmod", "npadvmod", "dep"));
            }
        }
        return out;
    }

    /** "ethnic Albanians": a head modified by a word that makes a demonym name a people, not a state. */
    boolean isEthnic(int head) {
        return tree.children(head, "amod").stream()
                .anyMatch(c -> words.kinshipWords()
                        .value(tree.token(c).lemma())
                        .map("people"::equals)
                        .orElse(false));
    }

    /**
     * Whether a dependent of the head is a clause or aside about it rather than a description of
     * it: relative clauses, adverbs, present participles and participles with their own
     * auxiliary ("groups being targeted").
     */
    private boolean isClause(int c) {
        String rel = tree.relation(c);
        if (rel.equals("acl:relcl") || rel.equals("advmod")) {
            return true;
        }
        // A present participle is an action ("the IRGC gearing to transfer"), a past participle a
        // description ("forces associated to Iran"); "following" as a modifier is a preposition
        // the parser misread.
        if ((rel.equals("acl") || rel.equals("amod")) && tree.token(c).isPresentParticiple()) {
            return true;
        }
        return rel.equals("acl")
                && !tree.children(c, "aux", "aux:pass", "nsubj").isEmpty();
    }

    /** Nouns of backing at or right under a dependent: "the support" in "enjoying the support of". */
    private List<Integer> backingNouns(int c) {
        List<Integer> out = new ArrayList<>();
        if (words.patronNouns().contains(tree.token(c).lemma())) {
            out.add(c);
        }
        for (int o : tree.children(c, "obj", "obl")) {
            if (words.patronNouns().contains(tree.token(o).lemma())) {
                out.add(o);
            }
        }
        return out;
    }

    /** The contiguous token span shown as the mention's text: the head's subtree without conjuncts or asides. */
    Span displaySpan(int head) {
        BitSet all = new BitSet(tree.size());
        all.set(head);
        for (int c : tree.children(head)) {
            if (!DISPLAY_EXCLUDED.contains(tree.relation(c)) && !isClause(c)) {
                all.or(tree.subtree(c));
            }
        }
        int first = all.nextSetBit(0);
        int last = all.length() - 1;
        while (last > first && isTypedPunctuation(tree.token(last))) {
            last--;
        }
        while (first < last && isTypedPunctuation(tree.token(first))) {
            first++;
        }
        return new Span(first, last + 1);
    }

    /** Commas, stops, colons, quotes, brackets and hyphens; not the odd marks of NFP ("***"), which have no type. */
    private static boolean isTypedPunctuation(Token t) {
        return t.upos() == Upos.PUNCT && t.features().has("PunctType");
    }
}
