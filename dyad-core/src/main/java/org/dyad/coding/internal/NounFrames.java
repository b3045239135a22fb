package org.dyad.coding.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.coding.CodingParts;
import org.dyad.coding.NounCoder;
import org.dyad.model.Status;
import org.dyad.nlp.DependencyTree;

/**
 * Builds the frames of events named by nouns: on their own ("Israeli air strikes against ..."),
 * as the object of a light verb ("carried out a bombing", "held talks"), or as the complement
 * of an embedding verb ("agreed upon a pact", "demanded the withdrawal of Serbian forces").
 */
final class NounFrames {
    private final CodingParts parts;
    private final DependencyTree tree;

    NounFrames(CodingParts parts, DependencyTree tree) {
        this.parts = parts;
        this.tree = tree;
    }

    /** The event noun that is the subject of a verb: "a roadside bombing killed one soldier". */
    Optional<NounCoder.Reading> subject(int v) {
        return firstEventNoun(parts.rules().select("event-noun-subjects", tree, v));
    }

    /** The event noun a verb takes as object (or, for an embedding verb, as to/upon/on/for complement). */
    Optional<NounCoder.Reading> complement(int v, boolean embedding) {
        Optional<NounCoder.Reading> r = firstEventNoun(parts.rules().select("event-noun-objects", tree, v));
        if (r.isEmpty() && embedding) {
            r = firstEventNoun(parts.rules().select("event-noun-complements", tree, v));
        }
        return r;
    }

    /** The first of the candidates the noun lexicon reads as an event. */
    private Optional<NounCoder.Reading> firstEventNoun(List<Integer> candidates) {
        for (int n : candidates) {
            Optional<NounCoder.Reading> r = parts.nouns().read(tree, n);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /** An event named by a noun, with its roles read off the noun's dependents. */
    Frame alone(NounCoder.Reading r) {
        var roles = parts.roles().nounRoles(tree, r.noun(), r.trigger());
        String rule = "noun '" + String.join(" ", r.entry().words()) + "' -> "
                + r.entry().code() + "; " + roles.how();
        List<Integer> trigger = new ArrayList<>(List.of(r.noun())); // the head first: it is the trigger's token
        r.trigger().stream().filter(t -> t != r.noun()).forEach(trigger::add);
        Frame frame = new Frame(
                r.entry().code(),
                trigger,
                roles.source(),
                roles.targets(),
                Status.ASSERTED,
                false,
                rule,
                VerbFrames.withRules(entries(r), roles.rules()),
                true,
                roles.mutual());
        // "retook the village after fierce fighting with guerrillas": the clause's subject fought.
        Optional<Integer> governor = parts.rules().first("adverbial-governor", tree, r.noun());
        return governor.isPresent() && !roles.mutual()
                ? frame.withFallbackSource(
                        parts.roles().roles(tree, governor.get()).source())
                : frame;
    }

    /**
     * The noun's event as the verb's: a light verb lends it its subject ("Israel launched air
     * strikes"); an embedding verb combines with it ("demanded the withdrawal of X" is a demand
     * to X's forces, "agreed upon a pact" an intent to sign it).
     */
    Frame viaVerb(int v, NounCoder.Reading r, Optional<String> family, String code) {
        var nounRoles = parts.roles().nounRoles(tree, r.noun(), r.trigger());
        var verbRoles = parts.roles().roles(tree, v);
        if (verbRoles.source().map(s -> s == r.noun()).orElse(false)) {
            // The noun is the verb's subject: the verb says what the event did and to whom.
            verbRoles = new org.dyad.coding.RoleFinder.Roles(
                    Optional.empty(), verbRoles.targets(), false, false, verbRoles.how(), verbRoles.rules());
        }
        boolean embedded = family.isPresent();
        boolean thirdParty = code.startsWith("045") || code.startsWith("039");
        if (thirdParty && nounRoles.mutual()) {
            // "launched a mediation effort between A and B": the mediator acts, A and B are mediated.
            List<Integer> parties = new ArrayList<>();
            nounRoles.source().ifPresent(parties::add);
            nounRoles = new org.dyad.coding.RoleFinder.Roles(
                    Optional.empty(), parties, false, false, nounRoles.how(), nounRoles.rules());
        }
        boolean mutual = nounRoles.mutual() && !embedded;
        Optional<Integer> source = embedded
                ? verbRoles.source()
                : mutual ? nounRoles.source() : nounRoles.source().or(verbRoles::source);
        List<Integer> targets = new ArrayList<>();
        if (embedded) {
            nounRoles.source().ifPresent(targets::add); // "demanded an admission by Moscow": Moscow is asked
        }
        if (!mutual) {
            targets.addAll(nounRoles.targets());
            targets.addAll(parts.roles().ofPhrases(tree, r.noun()));
        }
        verbRoles.targets().stream()
                .filter(t -> t != r.noun() && !targets.contains(t))
                .forEach(targets::add);
        // The noun heads the trigger when it is the verb's subject ("clashes erupted"), else the verb does.
        boolean subject = parts.rules().holds("noun-heads-trigger", tree, r.noun());
        List<Integer> trigger = new ArrayList<>(subject ? r.trigger() : List.of(v));
        trigger.addAll(subject ? List.of(v) : r.trigger());
        String how = family.map(f ->
                                "embedding '" + tree.token(v).lemma() + "' (" + f + ") -> " + code + " over noun '")
                        .orElse("light verb '" + tree.token(v).lemma() + "': the event is in its object, noun '")
                + String.join(" ", r.entry().words()) + "' -> " + r.entry().code();
        List<String> entries =
                VerbFrames.withRules(VerbFrames.withRules(entries(r), nounRoles.rules()), verbRoles.rules());
        Frame frame = new Frame(code, trigger, source, targets, Status.ASSERTED, false, how, entries, true, mutual);
        return embedded || mutual ? frame : frame.withFallbackSource(verbRoles.source());
    }

    private static List<String> entries(NounCoder.Reading r) {
        return List.of(r.entry().location());
    }
}
