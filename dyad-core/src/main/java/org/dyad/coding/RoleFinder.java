package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Upos;
import org.dyad.nlp.DependencyTree;

/**
 * Finds where a verb's source and target are in the dependency tree: the subject is the source
 * and the object (or a to/with/against... phrase) the target in the active voice; in the
 * passive the by-phrase is the source and the subject the target. Verbs without their own
 * subject take it from the clause they hang from (conjuncts, controlled infinitives,
 * participles modifying a noun, relative clauses).
 */
public final class RoleFinder {
    /** Prepositions whose object can be the one acted upon; "in", "at", "near" usually give a place. */
    private static final Set<String> TARGET_PREPOSITIONS =
            Set.of("to", "with", "against", "on", "upon", "from", "for", "toward", "towards", "into", "over", "at");

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");

    /**
     * Candidate tokens for the two roles, in order of preference; {@code mutual} when the
     * source token names all the parties of an event without direction ("clashes between A and B").
     */
    public record Roles(Optional<Integer> source, List<Integer> targets, boolean passive, boolean mutual, String how) {
        public Roles {
            targets = List.copyOf(targets);
        }

        public Roles(Optional<Integer> source, List<Integer> targets, boolean passive, String how) {
            this(source, targets, passive, false, how);
        }
    }

    private static final Set<String> BETWEEN = Set.of("between", "among", "amongst");
    private static final Set<String> AGAINST =
            Set.of("against", "on", "upon", "at", "toward", "towards", "into", "with");
    private static final Set<String> BY = Set.of("by", "from");
    /** Where an attack on a building happens: "a bombing near the Russian embassy" hits the embassy's owner. */
    private static final Set<String> NEAR = Set.of("near", "outside", "at");
    /**
     * Verbs that name who carried an act out; the parser often hangs their participle on the
     * nearest noun instead of the act ("a bombing near the embassy being carried out by ...").
     */
    private static final Set<String> PERPETRATE =
            Set.of("carry", "conduct", "perpetrate", "stage", "launch", "mount", "commit", "orchestrate", "execute");

    /**
     * Roles of a noun that names an event: the parties "between" whom it happened (on the noun,
     * or on the verb it is the subject of: "clashes erupted between"), else the possessor,
     * demonym or by-phrase as source ("Israeli air strikes", "its attacks", "a bombing carried
     * out by ...") and the against/on phrase as target.
     */
    public Roles nounRoles(DependencyTree tree, int noun, List<Integer> trigger) {
        Optional<Integer> between = withCase(tree, noun, "nmod", BETWEEN);
        int parent = tree.parent(noun);
        if (between.isEmpty() && parent >= 0 && tree.token(parent).isVerb()) {
            between = withCase(tree, parent, "obl", BETWEEN);
        }
        for (int acl : tree.children(noun, "acl")) {
            between = between.or(() -> withCase(tree, acl, "obl", BETWEEN));
        }
        if (between.isPresent()) {
            return new Roles(between, List.of(), false, true, "nominal: the parties between whom it happened");
        }
        Optional<Integer> source = tree.firstChild(noun, "nmod:poss").or(() -> withCase(tree, noun, "nmod", BY));
        for (int acl : tree.children(noun, "acl")) {
            source = source.or(() -> withCase(tree, acl, "obl", Set.of("by")));
        }
        source = source.or(() -> misattachedPerpetrator(tree, noun));
        for (int m : tree.children(noun, "amod", "compound")) {
            if (!trigger.contains(m)) {
                source = source.or(() -> Optional.of(m));
            }
        }
        List<Integer> targets = new ArrayList<>();
        for (int c : tree.children(noun, "nmod")) {
            if (tree.caseMarker(c).map(AGAINST::contains).orElse(false)) {
                targets.add(c);
            }
        }
        targets.addAll(buildingsHit(tree, noun));
        return new Roles(
                source,
                targets,
                false,
                false,
                "nominal: possessor, demonym or by-phrase the source, against/on the target");
    }

    /** "a bombing [taking place near the embassy] carried out by X": the by-phrase of a perpetrating participle one phrase down. */
    private static Optional<Integer> misattachedPerpetrator(DependencyTree tree, int noun) {
        for (int acl : tree.children(noun, "acl")) {
            for (int obl : tree.children(acl, "obl")) {
                for (int inner : tree.children(obl, "acl")) {
                    if (PERPETRATE.contains(tree.token(inner).lemma().toLowerCase()) && isPassive(tree, inner)) {
                        Optional<Integer> by = withCase(tree, inner, "obl", Set.of("by"));
                        if (by.isPresent()) {
                            return by;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Buildings and units an act happened at ("near the Russian embassy", "taking place outside
     * the ministry"): common nouns only, since a named place there is where, not whom.
     */
    private static List<Integer> buildingsHit(DependencyTree tree, int noun) {
        List<Integer> heads = new ArrayList<>(tree.children(noun, "nmod"));
        for (int acl : tree.children(noun, "acl")) {
            if (tree.token(acl).lemma().equalsIgnoreCase("take")
                    && tree.children(acl, "obj").stream()
                            .anyMatch(o -> tree.token(o).lemma().equalsIgnoreCase("place"))) {
                heads.addAll(tree.children(acl, "obl"));
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int h : heads) {
            boolean common = tree.token(h).upos() == Upos.NOUN && !namesPlace(tree, h);
            if (common && tree.caseMarker(h).map(NEAR::contains).orElse(false) && !out.contains(h)) {
                out.add(h);
            }
        }
        return out;
    }

    /** The "of" phrases of a noun: whose withdrawal, whose blockade ("the blockade of Serbia"). */
    public List<Integer> ofPhrases(DependencyTree tree, int noun) {
        List<Integer> out = new ArrayList<>();
        for (int c : tree.children(noun, "nmod")) {
            if (tree.caseMarker(c).map("of"::equals).orElse(false)) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean gerundOfOrFor(DependencyTree tree, int verb) {
        return tree.token(verb).isPresentParticiple()
                && tree.children(verb, "mark").stream()
                        .anyMatch(m -> Set.of("of", "for")
                                .contains(tree.token(m).word().toLowerCase(java.util.Locale.ROOT)));
    }

    /** "the town of Samarra": a common noun that introduces a place name is a place. */
    private static boolean namesPlace(DependencyTree tree, int noun) {
        return tree.children(noun, "nmod").stream()
                .anyMatch(c -> tree.token(c).isProperNoun()
                        && tree.caseMarker(c).map("of"::equals).orElse(false));
    }

    private static Optional<Integer> withCase(DependencyTree tree, int head, String relation, Set<String> cases) {
        for (int c : tree.children(head, relation)) {
            if (tree.caseMarker(c).map(cases::contains).orElse(false)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public Roles roles(DependencyTree tree, int verb) {
        boolean passive = isPassive(tree, verb);
        Optional<Integer> subject = subjectOf(tree, verb, 0);
        List<Integer> objects = objectsOf(tree, verb);
        Optional<Integer> byPhrase = byPhrase(tree, verb);
        if (passive) {
            List<Integer> targets = new ArrayList<>();
            subject.ifPresent(targets::add);
            objects.stream().filter(o -> !byPhrase.map(o::equals).orElse(false)).forEach(targets::add);
            return new Roles(byPhrase, targets, true, "passive: by-phrase is the source, subject the target");
        }
        return new Roles(subject, objects, false, "active: subject is the source, object the target");
    }

    public static boolean isPassive(DependencyTree tree, int verb) {
        if (!tree.children(verb, "aux:pass", "nsubj:pass").isEmpty()) {
            return true;
        }
        // "bases being targeted by Israel": a past participle modifying a noun is passive.
        return tree.relation(verb).equals("acl") && tree.token(verb).isPastParticiple();
    }

    /** The subject of the verb, inherited from the governing clause where the verb has none. */
    Optional<Integer> subjectOf(DependencyTree tree, int verb, int depth) {
        Optional<Integer> own = tree.firstChild(verb, "nsubj", "nsubj:pass", "csubj");
        String rel = tree.relation(verb);
        int parent = tree.parent(verb);
        if (own.isPresent() && tree.relation(own.get()).equals("csubj")) {
            // "Reports indicate Moscow has put forward ...": the parser made the reporting clause the
            // subject and Moscow its object; the noun stranded before the verb is the real subject.
            Optional<Integer> stranded = strandedSubject(tree, verb);
            if (stranded.isPresent()) {
                return stranded;
            }
        }
        if (own.isPresent()) {
            boolean relative =
                    RELATIVE_PRONOUNS.contains(tree.token(own.get()).word().toLowerCase(java.util.Locale.ROOT));
            return relative && rel.equals("acl:relcl") ? Optional.of(parent) : own;
        }
        if (parent < 0 || depth > 4) {
            return Optional.empty();
        }
        if (rel.equals("acl") || rel.equals("acl:relcl")) {
            return Optional.of(parent); // "units enjoying the support", "bases being targeted"
        }
        if (rel.equals("xcomp")) {
            // Object control ("urged Syria to withdraw") before subject control ("agreed to withdraw").
            Optional<Integer> object = tree.firstChild(parent, "obj");
            return object.isPresent() ? object : subjectOf(tree, parent, depth + 1);
        }
        if (rel.equals("advcl") && gerundOfOrFor(tree, verb)) {
            // "accused Russia of supplying", "thanked Qatar for hosting": the one accused or thanked did it.
            Optional<Integer> object = tree.firstChild(parent, "obj");
            if (object.isPresent()) {
                return object;
            }
        }
        if (rel.equals("conj") || rel.equals("advcl")) {
            return subjectOf(tree, parent, depth + 1);
        }
        return strandedSubject(tree, verb);
    }

    /**
     * The subject of a finite verb the parser left without one ("indicating Iran's IRGC intends
     * to evacuate", where "IRGC" became the object of "indicating"): the noun right before it.
     */
    private static Optional<Integer> strandedSubject(DependencyTree tree, int verb) {
        boolean finite =
                tree.token(verb).isFiniteVerb() || !tree.children(verb, "aux").isEmpty();
        if (!finite) {
            return Optional.empty();
        }
        int before = verb - 1;
        while (before >= 0 && tree.relation(before).startsWith("aux") && tree.parent(before) == verb) {
            before--; // "Moscow has put": skip the auxiliaries
        }
        if (before < 0 || !(tree.token(before).isNoun() || tree.token(before).isPersonalPronoun())) {
            return Optional.empty();
        }
        // The noun must hang from another verb as its object or loose dependent: a misattachment.
        int governor = tree.parent(before);
        String rel = tree.relation(before);
        boolean misattached = governor >= 0
                && governor != verb
                && tree.token(governor).isVerb()
                && (rel.equals("obj") || rel.equals("dep"));
        return misattached
                        || tree.relation(verb).equals("dep")
                        || tree.relation(verb).equals("parataxis")
                ? Optional.of(before)
                : Optional.empty();
    }

    /** Objects and prepositional objects that can be the target, in order of preference. */
    List<Integer> objectsOf(DependencyTree tree, int verb) {
        List<Integer> out = new ArrayList<>();
        out.addAll(tree.children(verb, "obj"));
        out.addAll(tree.children(verb, "iobj"));
        for (int c : tree.children(verb, "obl")) {
            if (tree.caseMarker(c).map(TARGET_PREPOSITIONS::contains).orElse(false)) {
                out.add(c);
            }
        }
        // "conveyed a message to Baghdad", "praised Haiti's efforts": the object's own dependents.
        for (int o : tree.children(verb, "obj")) {
            for (int n : tree.children(o, "nmod")) {
                if (tree.caseMarker(n).map(TARGET_PREPOSITIONS::contains).orElse(false)) {
                    out.add(n);
                }
            }
            out.addAll(tree.children(o, "nmod:poss"));
            // "rejected calls by Belarus's rulers": who made what is rejected or answered.
            for (int n : tree.children(o, "nmod")) {
                if (tree.caseMarker(n).map("by"::equals).orElse(false)) {
                    out.add(n);
                }
            }
        }
        // "warned [IRGC-linked groups will be targeted]": the complement's subject, as a last resort.
        for (int c : tree.children(verb, "ccomp")) {
            out.addAll(tree.children(c, "nsubj", "nsubj:pass"));
        }
        return out;
    }

    private static Optional<Integer> byPhrase(DependencyTree tree, int verb) {
        for (int c : tree.children(verb, "obl", "obl:agent")) {
            if (tree.caseMarker(c).map("by"::equals).orElse(false)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
