package org.dyad.qualify.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.dyad.coding.internal.MentionIndex;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Attribution;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.model.Upos;
import org.dyad.nlp.DependencyTree;
import org.dyad.qualify.QualifyParts;
import org.dyad.rules.Rules;

/**
 * The chain of sources a sentence's events are reported through, outermost first: the reporting
 * verbs above an event ("Anadolu cited various sources saying, 'clashes resumed'" gives the
 * agency, then the sources), "according to" phrases, and what the article context adds (a quote
 * opened or closed in another sentence, "this report" for the report named before). Which
 * arcs the climb to the reporting verbs follows and who speaks at each are the selectors of
 * {@code dyad/rules/attribution.rules}; this class climbs and links each source to its actor.
 */
public final class Attributions {
    /** The branches of a source's head that are not part of its phrase text: a class of relation names. */
    private static final String NOT_PHRASE = "source_phrase_asides";

    private static final int MAX_CLIMB = 8;

    private final QualifyParts parts;
    private final Rules rules;
    private final DependencyTree tree;
    private final MentionIndex mentions;
    private final String text;
    private final ArticleSources.Context context;

    public Attributions(
            QualifyParts parts,
            DependencyTree tree,
            MentionIndex mentions,
            String articleText,
            ArticleSources.Context context) {
        this.parts = parts;
        this.rules = parts.rules();
        this.tree = tree;
        this.mentions = mentions;
        this.text = articleText;
        this.context = context;
    }

    /** The sources of the event whose trigger head is {@code t}, outermost first; empty in the article's own voice. */
    public List<Attribution> chain(int t) {
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
            according.addAll(0, rules.select("according-to", tree, up));
        }
        int at = t;
        for (int depth = 0; depth < MAX_CLIMB && at >= 0; depth++) {
            List<Integer> here = new ArrayList<>();
            if (at != t) {
                here.addAll(rules.select("speakers", tree, at));
            }
            here.addAll(rules.select("reporting-subject-speakers", tree, at));
            levels.add(here);
            if (!rules.holds("reported-by", tree, at)) {
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
            heads.addAll(rules.select("named-sources", tree, i));
        }
        return heads.stream().sorted().distinct().map(this::link).toList();
    }

    private Attribution link(int head) {
        if (rules.holds("points-back", tree, head)) {
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
        BitSet phrase = tree.subtree(head, rules.wordClasses().words(NOT_PHRASE).toArray(String[]::new));
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
