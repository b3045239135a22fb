package org.dyad.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.coding.cameo.VerbBlock;
import org.dyad.coding.cameo.VerbDictionary;
import org.dyad.coding.cameo.VerbEntry;
import org.dyad.coding.cameo.VerbPattern;
import org.dyad.lexicon.WordKeys;
import org.dyad.nlp.DependencyTree;
import org.dyad.rules.Rules;

/**
 * Reads one verb against the CAMEO verb dictionary: finds its entries (multi-word verbs such as
 * "side with" before single words), then the most specific matching pattern of their blocks,
 * else the verb's own code, else the block's code.
 */
public final class VerbCoder {
    private final VerbDictionary dictionary;
    private final Rules rules;
    private final PatternMatcher matcher = new PatternMatcher();

    /** A coder over {@code dictionary}; {@code rules} say which verbs are events and where patterns match. */
    public VerbCoder(VerbDictionary dictionary, Rules rules) {
        this.dictionary = dictionary;
        this.rules = rules;
    }

    public VerbDictionary dictionary() {
        return dictionary;
    }

    /** Whether the token is a verb that could head an event at all: the selector {@code event-verb}. */
    public boolean isEventVerb(DependencyTree tree, int i) {
        return rules.holds("event-verb", tree, i);
    }

    /** The dictionary's reading of verb token {@code v}; empty when no entry covers it. */
    public Optional<VerbReading> read(DependencyTree tree, int v) {
        List<Candidate> candidates = candidates(tree, v);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        PatternMatcher.Regions regions = PatternMatcher.regions(rules, tree, v);
        PatternMatcher.Match best = null;
        Candidate bestOwner = null;
        for (Candidate c : candidates) {
            for (VerbPattern p : c.block().patterns()) {
                if (!appliesTo(p, c)) {
                    continue;
                }
                Optional<PatternMatcher.Match> m = matcher.match(p, regions);
                // Of two equally good patterns, one read later (dyad's corrections, the user's own) wins.
                if (m.isPresent()
                        && (best == null
                                || m.get().beats(best)
                                || !best.beats(m.get()) && dictionary.fromLaterFile(c.block(), bestOwner.block()))) {
                    best = m.get();
                    bestOwner = c;
                }
            }
        }
        if (best != null) {
            VerbPattern p = best.pattern();
            boolean reversed = p.code().isEmpty() && p.pairedCode().isPresent();
            Optional<String> code = reversed ? p.pairedCode() : p.code();
            return Optional.of(new VerbReading(
                    v,
                    bestOwner.trigger(),
                    bestOwner.entry(),
                    bestOwner.block(),
                    Optional.of(p),
                    code,
                    reversed,
                    best.source(),
                    best.target()));
        }
        Candidate c = candidates.get(0);
        Optional<String> code = dictionary.codeOf(c.entry());
        boolean reversed = code.isEmpty() && dictionary.pairedCodeOf(c.entry()).isPresent();
        return Optional.of(new VerbReading(
                v,
                c.trigger(),
                c.entry(),
                c.block(),
                Optional.empty(),
                reversed ? dictionary.pairedCodeOf(c.entry()) : code,
                reversed,
                Optional.empty(),
                Optional.empty()));
    }

    private record Candidate(VerbEntry entry, VerbBlock block, List<Integer> trigger) {}

    /**
     * Whether a block's pattern applies to this verb. The dictionary notes in each pattern's
     * comment the verb it was written for; a block mixes near-synonyms ("demand", "urge",
     * "want"), so a pattern written for another verb of the block applies only where it keeps
     * this verb's own root: "demanded support" is not the appeal that "urged support" is.
     */
    private boolean appliesTo(VerbPattern p, Candidate c) {
        String origin = p.comment().strip().split("\\s+")[0].toUpperCase(Locale.ROOT);
        // The comment names the verb by its base form ("DEMAND"), or, in the Arabic dictionary, the
        // verbs of the block it was written for ("نادى_على,كلم,لقب"); an entry's forms may differ
        // (irregulars).
        List<String> origins = origin.matches("[A-Z]+")
                ? List.of(origin)
                : origin.matches("[\\p{IsArabic}_+,]+")
                        ? Arrays.stream(origin.split(","))
                                .map(o -> WordKeys.key(o.split("[_+]")[0]))
                                .toList()
                        : List.of();
        boolean otherVerb = !origins.isEmpty()
                && origins.stream()
                        .noneMatch(o ->
                                o.equals(c.entry().lemma()) || c.entry().forms().contains(o));
        if (!otherVerb || p.code().isEmpty()) {
            return true;
        }
        Optional<String> own = dictionary.codeOf(c.entry());
        return own.isEmpty() || own.get().substring(0, 2).equals(p.code().get().substring(0, 2));
    }

    /** Entries for the verb whose extra words are present, the longest multi-word verbs first. */
    private List<Candidate> candidates(DependencyTree tree, int v) {
        Set<VerbEntry> entries = new LinkedHashSet<>();
        entries.addAll(dictionary.entriesFor(tree.token(v).lemma().toUpperCase(Locale.ROOT)));
        entries.addAll(dictionary.entriesFor(tree.token(v).word().toUpperCase(Locale.ROOT)));
        List<Candidate> out = new ArrayList<>();
        for (VerbEntry e : entries) {
            trigger(tree, v, e).ifPresent(t -> out.add(new Candidate(e, dictionary.block(e), t)));
        }
        out.sort((a, b) -> Integer.compare(b.trigger().size(), a.trigger().size()));
        if (!out.isEmpty()) {
            int longest = out.get(0).trigger().size();
            out.removeIf(c -> c.trigger().size() < longest);
        }
        return out;
    }

    /** The trigger tokens of entry {@code e} at verb {@code v}, if its other words are there. */
    private static Optional<List<Integer>> trigger(DependencyTree tree, int v, VerbEntry e) {
        List<Integer> tokens = new ArrayList<>();
        for (int k = 0; k < e.before().size(); k++) {
            int t = v - e.before().size() + k;
            if (t < 0 || !PatternMatcher.wordMatches(e.before().get(k), tree.token(t), false)) {
                return Optional.empty();
            }
            tokens.add(t);
        }
        tokens.add(v);
        for (int k = 0; k < e.after().size(); k++) {
            Optional<Integer> t = followingWord(tree, v, k, e.after().get(k));
            if (t.isEmpty()) {
                return Optional.empty();
            }
            tokens.add(t.get());
        }
        return Optional.of(tokens);
    }

    /** The k-th word after the verb, next to it or as its separated particle ("put the plan forward"). */
    private static Optional<Integer> followingWord(DependencyTree tree, int v, int k, String word) {
        int t = v + 1 + k;
        if (t < tree.size() && PatternMatcher.wordMatches(word, tree.token(t), false)) {
            return Optional.of(t);
        }
        for (int c : tree.children(v, "compound:prt")) {
            if (PatternMatcher.wordMatches(word, tree.token(c), false)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
