package org.dyad.actors.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.dyad.actors.ActorLexicon;
import org.dyad.actors.LexiconMatch;
import org.dyad.actors.MatchKind;
import org.dyad.lexicon.WordTable;
import org.dyad.model.ActorMention;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.nlp.DependencyTree;

/**
 * Finds the actor mentions of one sentence: for each nominal head, reads its noun phrase off the
 * dependency tree and combines the dictionary matches inside it (the head's own entry, demonym
 * and possessor countries, agent nouns) and any patron participle ("Iran-backed") into actors.
 */
public final class SentenceActors {
    private final DependencyTree tree;
    private final LexiconMatch[] matchAt;
    private final PhraseReader phrases;
    private final ActorComposer composer;

    public SentenceActors(Sentence sentence, List<LexiconMatch> matches, ActorLexicon lexicon, WordTable patronWords) {
        this.tree = new DependencyTree(sentence);
        this.matchAt = new LexiconMatch[sentence.size()];
        for (LexiconMatch m : matches) {
            for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
                matchAt[i] = m;
            }
        }
        this.phrases = new PhraseReader(tree, patronWords);
        this.composer = new ActorComposer(lexicon);
    }

    public List<ActorMention> mentions() {
        List<ActorMention> out = new ArrayList<>();
        for (int h = 0; h < tree.size(); h++) {
            if (isCandidateHead(h)) {
                out.addAll(mentionsAt(h));
            }
        }
        return out;
    }

    private boolean isCandidateHead(int i) {
        Token t = tree.token(i);
        if (t.isNoun()) {
            return true;
        }
        // A demonym or name tagged as adjective ("Iranian" in "Iranian operatives") still names an
        // actor that nominal events and later stages may want; its last token stands for it.
        LexiconMatch m = matchAt[i];
        return m != null && m.kind() != MatchKind.AGENT && m.tokens().end() - 1 == i;
    }

    private List<ActorMention> mentionsAt(int head) {
        BitSet phrase = phrases.phrase(head);
        Optional<LexiconMatch> primary = Optional.ofNullable(matchAt[head]);
        List<CountryRef> countries = modifierCountries(head, phrase, primary);
        Optional<AgentRef> agent = agentIn(head, phrase, primary);
        Optional<CountryRef> patron = patronOf(head);
        int donor = phrases.sharedModifierDonor(head);
        if (primary.isEmpty() && countries.isEmpty() && patron.isEmpty() && donor >= 0) {
            // "Iran-linked bases and groups": the groups share the first conjunct's modifiers.
            countries = modifierCountries(donor, phrases.phrase(donor), Optional.ofNullable(matchAt[donor]));
            patron = patronOf(donor);
        }
        Span tokens = phrases.displaySpan(head);
        List<ActorMention> out = new ArrayList<>();
        for (ActorComposer.Composed c : composer.compose(tree.token(head), primary, countries, agent, patron)) {
            Span chars = tree.sentence().charSpan(tokens.start(), tokens.end() - 1);
            String text = tree.sentence().text().substring(
                    chars.start() - tree.sentence().span().start(), chars.end() - tree.sentence().span().start());
            out.add(new ActorMention(tree.sentence().index(), tokens, head, chars, text, c.actor(), c.evidence()));
        }
        return out;
    }

    /**
     * The actors named by modifiers of the head (demonyms, possessors, compounds, "of" phrases):
     * the nearest in the tree, the most specific code on ties, with its conjuncts.
     */
    private List<CountryRef> modifierCountries(int head, BitSet phrase, Optional<LexiconMatch> primary) {
        CountryRef best = null;
        int bestDepth = Integer.MAX_VALUE;
        for (int t = phrase.nextSetBit(0); t >= 0; t = phrase.nextSetBit(t + 1)) {
            LexiconMatch m = matchAt[t];
            if (m == null || (primary.isPresent() && primary.get() == m) || t != m.tokens().end() - 1) {
                continue;
            }
            if (m.kind() == MatchKind.CAPITAL && !tree.relation(t).equals("nmod:poss")) {
                continue; // "Moscow's knowledge" is the government's; "Damascus International Airport" is a place
            }
            Optional<CountryRef> ref = countryAt(t);
            int depth = depthBelow(head, t);
            if (ref.isPresent() && (depth < bestDepth
                    || (depth == bestDepth && ref.get().code().length() > best.code().length()))) {
                best = ref.get();
                bestDepth = depth;
            }
        }
        if (best == null) {
            return List.of();
        }
        List<CountryRef> out = new ArrayList<>(List.of(best));
        // "Syrian and Russian officials": conjoined modifiers give one actor each.
        for (int c : tree.children(best.token(), "conj")) {
            countryAt(c).filter(r -> out.stream().noneMatch(o -> o.code().equals(r.code()))).ifPresent(out::add);
        }
        return out;
    }

    private Optional<CountryRef> patronOf(int head) {
        return phrases.patronTokens(head).stream()
                .map(this::countryAt).flatMap(Optional::stream).filter(r -> r.country().isPresent()).findFirst();
    }

    /** The state (or stateless organisation) a dictionary match at a token stands for. */
    private Optional<CountryRef> countryAt(int token) {
        LexiconMatch m = matchAt[token];
        if (m == null) {
            return Optional.empty();
        }
        return composer.refOf(m, token);
    }

    private Optional<AgentRef> agentIn(int head, BitSet phrase, Optional<LexiconMatch> primary) {
        if (primary.isPresent() && primary.get().kind() == MatchKind.AGENT) {
            return Optional.of(new AgentRef(primary.get().code(), primary.get().source()));
        }
        AgentRef best = null;
        int bestDepth = Integer.MAX_VALUE;
        for (int t = phrase.nextSetBit(0); t >= 0; t = phrase.nextSetBit(t + 1)) {
            LexiconMatch m = matchAt[t];
            int depth = depthBelow(head, t);
            if (m != null && m.kind() == MatchKind.AGENT && depth < bestDepth) {
                best = new AgentRef(m.code(), m.source());
                bestDepth = depth;
            }
        }
        return Optional.ofNullable(best);
    }

    private int depthBelow(int head, int t) {
        int depth = 0;
        for (int at = t; at != head && at >= 0 && depth <= tree.size(); at = tree.parent(at)) {
            depth++;
        }
        return depth;
    }

    /**
     * An actor named by a modifier: its country (empty for IGOs, NGOs and the like), the agent
     * class its code carries ("Secretary of State" is USAGOV), its code, token and dictionary entry.
     */
    record CountryRef(Optional<String> country, Optional<String> agent, String code, String name, int token,
                      String source) {
    }

    /** An agent noun's code ("~GOV", "NGO~") and the entry that gave it. */
    record AgentRef(String code, String source) {
    }
}
