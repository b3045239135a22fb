package org.dyad.actors.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.actors.ActorLexicon;
import org.dyad.actors.ActorWords;
import org.dyad.actors.LexiconMatch;
import org.dyad.actors.MatchKind;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.EntityClass;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.nlp.DependencyTree;

/**
 * Finds the actor mentions of one sentence: for each nominal head, reads its noun phrase off the
 * dependency tree and combines the dictionary matches inside it (the head's own entry, demonym
 * and possessor countries, agent nouns) and its patron into actors; then lets appositives and
 * commanders describe the people and groups they stand beside.
 */
public final class SentenceActors implements MentionRelations.Mentions {
    private final DependencyTree tree;
    private final LexiconMatch[] matchAt;
    private final PhraseReader phrases;
    private final ActorComposer composer;
    private final ActorWords words;
    private final Map<Integer, List<ActorMention>> byHead = new LinkedHashMap<>();

    public SentenceActors(Sentence sentence, List<LexiconMatch> matches, ActorLexicon lexicon, ActorWords words) {
        this.tree = new DependencyTree(sentence);
        this.matchAt = new LexiconMatch[sentence.size()];
        for (LexiconMatch m : matches) {
            for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
                matchAt[i] = m;
            }
        }
        this.words = words;
        this.phrases = new PhraseReader(tree, words);
        this.composer = new ActorComposer(lexicon, words);
    }

    public List<ActorMention> mentions() {
        for (int h = 0; h < tree.size(); h++) {
            if (isCandidateHead(h)) {
                byHead.put(h, mentionsAt(h));
            }
        }
        new MentionRelations(tree, words, this).apply();
        List<ActorMention> out = new ArrayList<>();
        byHead.values().forEach(out::addAll);
        return out;
    }

    private boolean isCandidateHead(int i) {
        Token t = tree.token(i);
        if (isInsideName(i) || isInsideMatch(i)) {
            return false; // "Mike" in "Mike Pompeo", "al" in "al-Shabaab": the name's head stands for it
        }
        if (t.isNoun() || phrases.isQuantityOf(i)) {
            return true;
        }
        // A demonym or name tagged as adjective ("Iranian" in "Iranian operatives") still names an
        // actor that nominal events and later stages may want; its last token stands for it.
        LexiconMatch m = matchAt[i];
        return m != null && m.kind() != MatchKind.AGENT && m.tokens().end() - 1 == i;
    }

    /** A token of a several-word dictionary name whose head is another of its tokens. */
    private boolean isInsideMatch(int i) {
        LexiconMatch m = matchAt[i];
        if (m == null || m.tokens().length() < 2) {
            return false;
        }
        int parent = tree.parent(i);
        return parent >= m.tokens().start() && parent < m.tokens().end();
    }

    private boolean isInsideName(int i) {
        String rel = tree.relation(i);
        int parent = tree.parent(i);
        EntityClass entity = tree.token(i).entity();
        return (rel.equals("compound") || rel.equals("flat"))
                && parent >= 0
                && entity != EntityClass.NONE
                && tree.token(parent).entity() == entity
                && tree.token(i).isProperNoun();
    }

    private List<ActorMention> mentionsAt(int head) {
        BitSet phrase = phrases.phrase(head);
        Optional<LexiconMatch> primary = primaryAt(head);
        List<CountryRef> countries = modifierCountries(head, phrase, primary);
        if (primary.isPresent()
                && isPeople(head, primary.get())
                && (phrases.isEthnic(head)
                        || countries.stream().anyMatch(c -> c.country().isPresent()))) {
            // "Bosnian Serbs": the state they belong to; "ethnic Albanians": not Albania's
            primary = Optional.empty();
        }
        Optional<AgentRef> agent = agentIn(head, phrase, primary);
        Optional<CountryRef> patron = patronOf(head);
        int donor = phrases.sharedModifierDonor(head);
        boolean unnamed = primary.isEmpty() || primary.get().kind() == MatchKind.AGENT;
        if (unnamed && countries.isEmpty() && patron.isEmpty() && donor >= 0) {
            // "Iran-linked bases and groups": the groups share the first conjunct's modifiers.
            countries = modifierCountries(donor, phrases.phrase(donor), primaryAt(donor));
            patron = patronOf(donor);
        }
        if (unnamed && countries.isEmpty()) {
            countries = phrases.leaderTokens(head).stream()
                    .map(this::countryOfPhrase)
                    .flatMap(Optional::stream)
                    .filter(r -> r.country().isPresent())
                    .map(r -> r.because("led by"))
                    .limit(1)
                    .toList();
        }
        if (unnamed && countries.isEmpty() && (agent.isPresent() || patron.isPresent())) {
            // "militia forces in Iraq": an armed group with no other state is the one it is in.
            countries = phrases.locations(head).stream()
                    .map(this::countryOfPhrase)
                    .flatMap(Optional::stream)
                    .filter(r -> r.country().isPresent())
                    .map(r -> r.because("location"))
                    .limit(1)
                    .toList();
        }
        List<ActorComposer.Composed> composed = composer.compose(tree.token(head), primary, countries, agent, patron);
        Optional<String> newName = primary.isEmpty() ? phrases.properName(head) : Optional.empty();
        if (composed.isEmpty() && newName.isPresent()) {
            composed = List.of(composer.unknown(tree.token(head), newName.get(), agent));
        }
        List<ActorMention> out = new ArrayList<>();
        for (ActorComposer.Composed c : composed) {
            List<String> evidence = new ArrayList<>(c.evidence());
            newName.filter(n -> evidence.stream().noneMatch(e -> e.startsWith(NEW_ACTOR)))
                    .ifPresent(n -> evidence.add(NEW_ACTOR + n));
            if (newName.isPresent()) {
                evidence.remove(ActorMention.DOER_ONLY); // a name ("People Power Party"): a party in any role
            }
            out.add(mention(head, c.actor(), evidence));
        }
        return out;
    }

    /** A plural head that names a people by a country's name ("Serbs", "Albanians"). */
    private boolean isPeople(int head, LexiconMatch m) {
        boolean plural = tree.token(head).isNoun() && tree.token(head).has("Number", "Plur");
        boolean countryLevel = m.kind() == MatchKind.DEMONYM
                || m.kind() == MatchKind.COUNTRY_NAME
                || (m.kind() == MatchKind.ACTOR
                        && composer.refOf(m, head).map(r -> r.agent().isEmpty()).orElse(false));
        return plural && countryLevel;
    }

    /** Marks the evidence of an actor that no dictionary knows, followed by its name. */
    public static final String NEW_ACTOR = "new actor: ";

    /**
     * The dictionary entry at the head, unless it matched only a surname of another person:
     * "Maher Assad" is not the "Assad" the dictionary means.
     */
    private Optional<LexiconMatch> primaryAt(int head) {
        LexiconMatch m = matchAt[head];
        if (m == null || m.kind() != MatchKind.ACTOR || tree.token(head).entity() != EntityClass.PERSON) {
            return Optional.ofNullable(m);
        }
        Span name = phrases.nameSpan(head);
        boolean otherGivenName =
                name.start() < m.tokens().start() || name.end() > m.tokens().end();
        return otherGivenName ? Optional.empty() : Optional.of(m);
    }

    @Override
    public ActorMention mention(int head, Actor actor, List<String> evidence) {
        Span tokens = phrases.displaySpan(head);
        Sentence s = tree.sentence();
        Span chars = s.charSpan(tokens.start(), tokens.end() - 1);
        String text = s.text()
                .substring(
                        chars.start() - s.span().start(), chars.end() - s.span().start());
        return new ActorMention(s.index(), tokens, head, chars, text, actor, evidence);
    }

    @Override
    public List<ActorMention> at(int head) {
        return byHead.getOrDefault(head, List.of());
    }

    @Override
    public void replace(int head, List<ActorMention> mentions) {
        byHead.put(head, List.copyOf(mentions));
    }

    @Override
    public Optional<String> nameOf(int head) {
        return phrases.properName(head);
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
            if (m == null
                    || m.tokens().start() <= head && head < m.tokens().end()
                    || t != m.tokens().end() - 1) {
                continue; // the head's own entry is the primary, or was set aside as another person's
            }
            if (m.kind() == MatchKind.CAPITAL && !tree.relation(t).equals("nmod:poss")) {
                continue; // "Moscow's knowledge" is the government's; "Damascus International Airport" is a place
            }
            Optional<CountryRef> ref = countryAt(t);
            int depth = depthBelow(head, t);
            if (ref.isPresent() && (depth < bestDepth || (depth == bestDepth && better(ref.get(), best)))) {
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
            countryAt(c)
                    .filter(r -> out.stream().noneMatch(o -> o.code().equals(r.code())))
                    .ifPresent(out::add);
        }
        return out;
    }

    /** Of two modifiers as near the head, the one naming a state, else the more specific code. */
    private static boolean better(CountryRef candidate, CountryRef best) {
        if (candidate.country().isPresent() != best.country().isPresent()) {
            return candidate.country().isPresent();
        }
        return candidate.code().length() > best.code().length();
    }

    private Optional<CountryRef> patronOf(int head) {
        for (int t : phrases.patronTokens(head)) {
            Optional<CountryRef> ref = countryAt(t).or(() -> possessorCountry(t));
            if (ref.isPresent() && ref.get().country().isPresent()) {
                return ref;
            }
        }
        return phrases.patronPrefix(head).flatMap(composer::countryNamed);
    }

    /** "the support of Iran's regime": the state behind a noun that itself names none. */
    private Optional<CountryRef> possessorCountry(int t) {
        for (int p : tree.children(t, "nmod:poss", "compound", "amod")) {
            Optional<CountryRef> ref = countryAt(p);
            if (ref.isPresent()) {
                return ref;
            }
        }
        return Optional.empty();
    }

    /** The state a noun phrase names: its head's own entry, else its nearest modifier's ("the Fatah Party"). */
    private Optional<CountryRef> countryOfPhrase(int head) {
        Optional<CountryRef> own = countryAt(head);
        if (own.isPresent()) {
            return own;
        }
        return modifierCountries(head, phrases.phrase(head), Optional.ofNullable(matchAt[head])).stream()
                .findFirst();
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

    /** An agent noun's code ("~GOV", "NGO~") and the entry that gave it. */
    record AgentRef(String code, String source) {}
}
