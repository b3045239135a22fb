package org.dyad.coding.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.coding.CodingParts;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Attribution;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.model.Upos;
import org.dyad.nlp.DependencyTree;

/**
 * The chain of sources a sentence's events are reported through, outermost first: the reporting
 * verbs above an event ("Anadolu cited various sources saying, 'clashes resumed'" gives the
 * agency, then the sources), "according to" phrases, and what the article context adds (a quote
 * opened or closed in another sentence, "this report" for the report named before).
 */
final class Attributions {
    /** Arcs a reported event hangs from its reporting verb by, directly or through a source noun. */
    private static final Set<String> REPORTED_BY =
            Set.of("ccomp", "parataxis", "xcomp", "advcl", "dep", "acl", "obj", "conj");
    /** Branches that are not part of a source's own phrase. */
    private static final String[] NOT_PHRASE = {
        "acl", "acl:relcl", "appos", "punct", "parataxis", "ccomp", "advcl", "dep", "conj", "cc", "case"
    };

    private static final int MAX_CLIMB = 8;

    private final CodingParts parts;
    private final DependencyTree tree;
    private final MentionIndex mentions;
    private final String text;
    private final ArticleSources.Context context;

    Attributions(
            CodingParts parts,
            DependencyTree tree,
            MentionIndex mentions,
            String articleText,
            ArticleSources.Context context) {
        this.parts = parts;
        this.tree = tree;
        this.mentions = mentions;
        this.text = articleText;
        this.context = context;
    }

    /** The sources of the event whose trigger head is {@code t}, outermost first; empty in the article's own voice. */
    List<Attribution> chain(int t) {
        List<Attribution> out = new ArrayList<>(context.inherited());
        for (Attribution a : ownChain(t)) {
            if (out.stream().noneMatch(o -> o.text().equals(a.text()))) {
                out.add(a);
            }
        }
        return out;
    }

    /** The sources this sentence names for token {@code t}, without the article context. */
    List<Attribution> ownChain(int t) {
        List<List<Integer>> levels = new ArrayList<>();
        // "according to X" covers all of the clause it hangs from, however deep the event is in it.
        List<Integer> according = new ArrayList<>();
        for (int up = t, guard = 0; up >= 0 && guard <= tree.size(); up = tree.parent(up), guard++) {
            according.addAll(0, accordingTo(up));
        }
        int at = t;
        for (int depth = 0; depth < MAX_CLIMB && at >= 0; depth++) {
            List<Integer> here = new ArrayList<>();
            if (at != t) {
                here.addAll(speakers(at));
            }
            // "Reports indicate Moscow has put forward ...": a reporting clause parsed as the subject.
            tree.children(at, "csubj").stream().filter(this::isReporting).forEach(c -> here.addAll(speakers(c)));
            levels.add(here);
            if (!REPORTED_BY.contains(tree.baseRelation(at))) {
                break;
            }
            at = tree.parent(at);
        }
        Collections.reverse(levels);
        List<Integer> heads = new ArrayList<>(according);
        levels.forEach(l -> l.stream().filter(h -> !heads.contains(h)).forEach(heads::add));
        return heads.stream().map(this::link).toList();
    }

    /** Every source phrase the sentence names, in text order: for the context of later sentences. */
    List<Attribution> named() {
        List<Integer> heads = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            heads.addAll(accordingTo(i));
            if (isReporting(i)) {
                heads.addAll(speakers(i));
            }
        }
        return heads.stream().sorted().distinct().map(this::link).toList();
    }

    private boolean isReporting(int v) {
        return tree.token(v).isVerb()
                && parts.embedding().isReporting(tree.token(v).lemma());
    }

    /**
     * Who a reporting verb gives as the source: its subject (or the noun it describes), then whom
     * it cites. An accuser is the source of the act it alleges ("Iranian officials accused Russia
     * of ..."), while remaining the source actor of its own accusation.
     */
    private List<Integer> speakers(int v) {
        boolean accusing = tree.token(v).isVerb()
                && parts.modality().isAccusing(tree.token(v).lemma());
        if (!isReporting(v) && !accusing) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        if (tree.relation(v).equals("acl") && tree.parent(v) >= 0) {
            out.add(tree.parent(v)); // "various sources saying ..."
        } else {
            parts.roles()
                    .roles(tree, v)
                    .source()
                    .filter(s -> tree.token(s).isNoun() || tree.token(s).isPronoun())
                    .ifPresent(out::add);
        }
        if (parts.sources().citesObject(tree.token(v).lemma())) {
            tree.children(v, "obj").forEach(out::add);
        }
        return out;
    }

    /** "according to the al-Quds al-Arabi daily" hanging from {@code at}. */
    private List<Integer> accordingTo(int at) {
        List<Integer> out = new ArrayList<>();
        for (int c : tree.children(at, "obl", "nmod", "advcl")) {
            boolean according = tree.children(c, "case").stream()
                    .anyMatch(k -> tree.token(k).word().equalsIgnoreCase("according"));
            if (according) {
                out.add(c);
            }
        }
        return out;
    }

    private Attribution link(int head) {
        if (parts.sources().pointsBack(tree, head)) {
            Optional<Attribution> before = context.lastNamed();
            if (before.isPresent()) {
                return before.get();
            }
        }
        List<ActorMention> named = mentions.headedBy(head);
        // An unknown name ("---") says no more than the phrase itself.
        Optional<Actor> actor = named.stream()
                .map(ActorMention::actor)
                .filter(a -> !a.code().startsWith("---"))
                .findFirst();
        String kind = parts.sources().kind(tree, head, actor);
        // "he said": the pronoun stands for whom coreference found, named as the dictionaries name it.
        String phrase =
                tree.token(head).isPronoun() && actor.isPresent() ? actor.get().name() : phraseText(head);
        return new Attribution(phrase, kind, actor.map(Actor::code), actor.flatMap(Actor::country));
    }

    private String phraseText(int head) {
        BitSet phrase = tree.subtree(head, NOT_PHRASE);
        int first = phrase.nextSetBit(0);
        int last = phrase.length() - 1;
        while (first < last && isQuote(tree.token(first), "Ini")) {
            first++;
        }
        while (last > first
                && tree.token(last).upos() == Upos.PART
                && tree.token(last).has("Poss", "Yes")) {
            last--;
        }
        boolean opened = false;
        for (int i = first; i <= last; i++) {
            opened |= isQuote(tree.token(i), "Ini");
        }
        if (opened && last + 1 < tree.size() && isQuote(tree.token(last + 1), "Fin")) {
            last++; // 'a "number of sources"': keep the quotation whole
        }
        Span span = tree.sentence().charSpan(first, last);
        return span.cut(text);
    }

    /** An opening ({@code side} "Ini") or closing ("Fin") quotation mark. */
    private static boolean isQuote(Token t, String side) {
        return t.upos() == Upos.PUNCT && t.has("PunctType", "Quot") && t.has("PunctSide", side);
    }
}
