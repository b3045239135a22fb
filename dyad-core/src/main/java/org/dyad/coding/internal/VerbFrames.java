package org.dyad.coding.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.coding.CodingParts;
import org.dyad.coding.Judgments;
import org.dyad.coding.VerbReading;
import org.dyad.model.Status;
import org.dyad.nlp.DependencyTree;

/** The frames of verbs: as the verb dictionary reads them, bare for an embedding verb to code, or as judgments. */
final class VerbFrames {
    private final CodingParts parts;
    private final DependencyTree tree;
    private final VerbReading[] readings;

    VerbFrames(CodingParts parts, DependencyTree tree, VerbReading[] readings) {
        this.parts = parts;
        this.tree = tree;
        this.readings = readings;
    }

    /** The coded predicate of verb {@code v} on its own, if the dictionary gives it a code. */
    Optional<Frame> of(int v) {
        VerbReading r = readings[v];
        if (r == null || r.code().isEmpty()) {
            return Optional.empty();
        }
        var roles = parts.roles().roles(tree, v);
        Optional<Integer> source = r.boundSource().or(roles::source);
        List<Integer> targets = new ArrayList<>();
        r.boundTarget().ifPresent(targets::add);
        roles.targets().stream().filter(t -> !targets.contains(t)).forEach(targets::add);
        if (r.reversed()) {
            Optional<Integer> newSource = targets.isEmpty() ? Optional.empty() : Optional.of(targets.get(0));
            targets.clear();
            source.ifPresent(targets::add);
            source = newSource;
        }
        String name = parts.verbs().dictionary().version().split(" ")[0];
        return Optional.of(new Frame(
                        r.code().get(),
                        r.triggerTokens(),
                        source,
                        targets,
                        Status.ASSERTED,
                        r.pattern().isPresent(),
                        r.describe() + "; " + roles.how(),
                        withRules(r.entries(name), roles.rules()))
                .withFallbackSource(issuerOf(v).or(() -> namedNounsSource(r, v))));
    }

    /**
     * "were wounded in a Hamas attack": where the verb's pattern names an event noun, whoever the
     * noun says carried it out stands in for a source the verb does not name.
     */
    private Optional<Integer> namedNounsSource(VerbReading r, int v) {
        return r.pattern().stream()
                .flatMap(p -> PatternNouns.named(parts.rules(), p, tree, v).stream())
                .map(n -> parts.rules().first("noun-source", tree, n))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * "issued a declaration demanding that ...": a participle's subject is the noun it modifies;
     * when that noun (a declaration, a statement) names no actor, whoever issued it stands in.
     */
    Optional<Integer> issuerOf(int v) {
        return parts.rules()
                .first("issuing-verb", tree, v)
                .flatMap(g -> parts.roles().roles(tree, g).source());
    }

    /** A verb the dictionary does not code, with its roles, for an embedding verb to give the code. */
    Frame bare(int v) {
        var roles = parts.roles().roles(tree, v);
        String word = tree.token(v).lemma();
        return new Frame(
                SentenceCoder.BARE,
                List.of(v),
                roles.source(),
                roles.targets(),
                Status.ASSERTED,
                false,
                "'" + word + "' without a code of its own",
                roles.rules());
    }

    /** "considers Iran's presence as an element undermining its efforts": the judge disapproves of the object. */
    Frame judgment(int v, Judgments.Reading r) {
        var roles = parts.roles().roles(tree, v);
        List<Integer> targets = parts.rules().select("judged", tree, v, List.of(r.word()));
        String rule = "judging verb '" + tree.token(v).lemma() + "' with '"
                + tree.token(r.word()).word() + "' in its predicate -> " + r.code();
        return new Frame(
                r.code(),
                List.of(v),
                roles.source(),
                targets.isEmpty() ? roles.targets() : targets,
                Status.ASSERTED,
                false,
                rule,
                withRules(
                        List.of(parts.judgments().source() + " "
                                + tree.token(r.word()).lemma()),
                        roles.rules()));
    }

    /** The dictionary entries of a frame, then the rule lines that found its roles. */
    static List<String> withRules(List<String> entries, List<String> rules) {
        List<String> out = new ArrayList<>(entries);
        rules.stream().filter(r -> !out.contains(r)).forEach(out::add);
        return out;
    }
}
