package org.dyad.actors.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.actors.ActorWords;
import org.dyad.model.ActorKind;
import org.dyad.model.ActorMention;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.model.Upos;
import org.dyad.nlp.DependencyTree;

/**
 * Rule-based coreference within an article, fast enough to run on every article: "these two
 * sides" and "both parties" stand for the last two parties named together ("Russia and Iran");
 * "it"/"its" for the last state, organisation or group that was a subject; "they"/"their" for
 * the last parties named together or the last plural group. Each link is written in the new
 * mention's evidence.
 */
public final class Coreference {
    /** How many sentences back an antecedent may be. */
    private static final int REACH = 3;

    private final ActorWords words;
    private final List<Subject> plural = new ArrayList<>();

    public Coreference(ActorWords words) {
        this.words = words;
    }

    private record Pair(int sentence, ActorMention first, ActorMention second) {}

    private record Subject(int sentence, ActorMention mention) {}

    /** The mentions of each sentence with those coreference adds, sentence by sentence. */
    public List<List<ActorMention>> resolve(List<Sentence> sentences, List<List<ActorMention>> mentions) {
        List<Pair> pairs = new ArrayList<>();
        List<Subject> subjects = new ArrayList<>();
        plural.clear();
        List<List<ActorMention>> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            DependencyTree tree = new DependencyTree(sentences.get(s));
            List<ActorMention> found = new ArrayList<>(mentions.get(s));
            // "forced both sides to sign ... to end the conflict between A and B": a pair the
            // sentence itself names, even after the phrase, comes before earlier sentences' pairs.
            List<Pair> here = new ArrayList<>();
            for (int t = 0; t < tree.size(); t++) {
                if (headed(found, t)) {
                    notePairs(tree, s, t, found, here);
                }
            }
            for (int t = 0; t < tree.size(); t++) {
                if (headed(found, t)) {
                    notePairs(tree, s, t, found, pairs);
                    noteSubject(tree, s, t, found, subjects);
                    continue;
                }
                found.addAll(link(tree, s, t, pairs, here, subjects));
            }
            out.add(found);
        }
        return out;
    }

    private List<ActorMention> link(
            DependencyTree tree, int s, int t, List<Pair> pairs, List<Pair> here, List<Subject> subjects) {
        String word = tree.token(t).word().toLowerCase(Locale.ROOT);
        String role = words.corefWords()
                .value(tree.token(t).lemma())
                .or(() -> words.corefWords().value(word))
                .orElse("");
        if (role.equals("pair") && isPluralCommonNoun(tree.token(t)) && definite(tree, t)) {
            return latestPair(here.isEmpty() ? pairs : here, s)
                    .map(p -> List.of(copy(tree, t, p.first(), p), copy(tree, t, p.second(), p)))
                    .orElse(List.of());
        }
        if (!tree.token(t).isPronoun()) {
            return List.of();
        }
        if (role.equals("one")) {
            return latestSubject(subjects, s)
                    .map(a -> List.of(copy(tree, t, a.mention(), a.sentence())))
                    .orElse(List.of());
        }
        if (role.equals("many")) {
            Optional<Pair> pair = latestPair(pairs, s).filter(p -> p.sentence() >= s - 1);
            if (pair.isPresent()) {
                return List.of(
                        copy(tree, t, pair.get().first(), pair.get()),
                        copy(tree, t, pair.get().second(), pair.get()));
            }
            // "Bosnian Serbs said their forces ...": the last plural subject.
            return latestSubject(plural, s)
                    .map(a -> List.of(copy(tree, t, a.mention(), a.sentence())))
                    .orElse(List.of());
        }
        return List.of();
    }

    private boolean definite(DependencyTree tree, int t) {
        return tree.children(t, "det", "nummod", "amod").stream()
                .anyMatch(c -> words.corefWords()
                                .value(tree.token(c).word().toLowerCase(Locale.ROOT))
                                .map("determiner"::equals)
                                .orElse(false)
                        && !words.isFunction(tree.token(c).word(), "the"));
    }

    private static boolean headed(List<ActorMention> found, int t) {
        return found.stream().anyMatch(m -> m.head() == t);
    }

    /** "Russia and Iran", "between Moscow and Tehran": two parties named together. */
    private static void notePairs(DependencyTree tree, int s, int t, List<ActorMention> found, List<Pair> pairs) {
        for (int c : tree.children(t, "conj")) {
            Optional<ActorMention> a = party(found, t);
            Optional<ActorMention> b = party(found, c);
            if (a.isPresent() && b.isPresent()) {
                pairs.add(new Pair(s, a.get(), b.get()));
            }
        }
    }

    private static Optional<ActorMention> party(List<ActorMention> found, int head) {
        return found.stream()
                .filter(m -> m.head() == head && m.actor().kind() != ActorKind.PERSON)
                .findFirst();
    }

    private void noteSubject(DependencyTree tree, int s, int t, List<ActorMention> found, List<Subject> subjects) {
        if (tree.baseRelation(t).equals("nsubj")) {
            party(found, t).ifPresent(m -> subjects.add(new Subject(s, m)));
            if (pluralSubject(tree.token(t))) {
                party(found, t).ifPresent(m -> plural.add(new Subject(s, m)));
            }
        }
    }

    private static boolean isPluralCommonNoun(Token t) {
        return t.upos() == Upos.NOUN && t.has("Number", "Plur");
    }

    /**
     * A plural subject as the Penn test this replaced read one (a tag ending in "S"): a plural
     * noun, but also a superlative, the possessive "'s" and a list marker (JJS, RBS, POS, LS), kept
     * so that what dyad codes stays the same; a plural noun alone is what is meant.
     */
    private static boolean pluralSubject(Token t) {
        return t.isNoun() && t.has("Number", "Plur")
                || t.has("Degree", "Sup")
                || t.upos() == Upos.PART && t.has("Poss", "Yes")
                || t.upos() == Upos.X && t.has("NumType", "Ord");
    }

    private static Optional<Pair> latestPair(List<Pair> pairs, int s) {
        for (int i = pairs.size() - 1; i >= 0; i--) {
            if (pairs.get(i).sentence() >= s - REACH) {
                return Optional.of(pairs.get(i));
            }
        }
        return Optional.empty();
    }

    private static Optional<Subject> latestSubject(List<Subject> subjects, int s) {
        for (int i = subjects.size() - 1; i >= 0; i--) {
            if (subjects.get(i).sentence() >= s - 1) {
                return Optional.of(subjects.get(i));
            }
        }
        return Optional.empty();
    }

    private static ActorMention copy(DependencyTree tree, int t, ActorMention antecedent, Pair pair) {
        return copy(tree, t, antecedent, pair.sentence());
    }

    private static ActorMention copy(DependencyTree tree, int t, ActorMention antecedent, int sentence) {
        Sentence s = tree.sentence();
        Span tokens = phraseOf(tree, t);
        Span chars = s.charSpan(tokens.start(), tokens.end() - 1);
        String text = s.text()
                .substring(
                        chars.start() - s.span().start(), chars.end() - s.span().start());
        List<String> evidence =
                List.of("coreference: '" + text + "' -> " + antecedent.text() + " (sentence " + (sentence + 1) + ")");
        return new ActorMention(s.index(), tokens, t, chars, text, antecedent.actor(), evidence);
    }

    /** "these two sides": the pronoun or the noun with its determiners. */
    private static Span phraseOf(DependencyTree tree, int t) {
        int first = t;
        for (int c : tree.children(t, "det", "nummod", "amod")) {
            first = Math.min(first, c);
        }
        return new Span(first, t + 1);
    }
}
