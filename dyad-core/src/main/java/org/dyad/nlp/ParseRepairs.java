package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;

/**
 * Repairs to misattachments the parser makes often in wire copy, applied to every parse so that
 * all later stages read the same tree:
 * <ul>
 * <li>"Beirut rejected Thursday a United Nations appeal": the day between the verb and its
 * object takes the object as a loose dependent; it becomes the verb's object again.</li>
 * <li>"accused Russia of supplying weapons": the gerund is read as an adjective of its own
 * object ("supplying weapons" like "flying objects"); it becomes the clause it is, with the
 * object back under it, so the accused act can be coded.</li>
 * </ul>
 */
public final class ParseRepairs {
    /** Participles news uses as adjectives before a preposition's noun ("from neighboring Lebanon"). */
    private static final java.util.Set<String> ADJECTIVAL = java.util.Set.of(
            "neighboring",
            "neighbouring",
            "ruling",
            "leading",
            "remaining",
            "following",
            "surrounding",
            "existing",
            "ongoing",
            "growing",
            "increasing",
            "rising",
            "continuing",
            "emerging",
            "developing",
            "opposing",
            "warring",
            "bordering",
            "governing",
            "outgoing",
            "incoming",
            "upcoming",
            "underlying",
            "prevailing",
            "competing",
            "conflicting");

    private ParseRepairs() {}

    public static Sentence apply(Sentence sentence) {
        DependencyTree tree = new DependencyTree(sentence);
        List<Dependency> deps = new ArrayList<>(sentence.dependencies());
        boolean changed = false;
        for (int i = 0; i < deps.size(); i++) {
            Dependency d = deps.get(i);
            int day = d.head();
            if (!d.relation().equals("dep")
                    || day < 0
                    || d.dependent() < day
                    || !tree.token(d.dependent()).isNoun()) {
                continue;
            }
            String dayRelation = tree.relation(day);
            int verb = tree.parent(day);
            boolean temporal = dayRelation.equals("obl:tmod") || dayRelation.equals("nmod:tmod");
            if (temporal
                    && verb >= 0
                    && verb < day
                    && tree.token(verb).isVerb()
                    && tree.children(verb, "obj").isEmpty()) {
                deps.set(i, new Dependency(verb, d.dependent(), "obj"));
                changed = true;
            }
        }
        changed |= gerundsAfterPrepositions(tree, deps);
        return changed ? sentence.withDependencies(deps) : sentence;
    }

    private static boolean gerundsAfterPrepositions(DependencyTree tree, List<Dependency> deps) {
        boolean changed = false;
        for (int g = 0; g < deps.size(); g++) {
            int noun = tree.parent(g);
            if (noun < 0
                    || !tree.token(g).isPresentParticiple()
                    || !tree.relation(g).equals("amod")
                    || !tree.token(noun).isNoun()
                    || tree.token(noun).isProperNoun()
                    || noun < g
                    || ADJECTIVAL.contains(tree.token(g).word().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            String nounRelation = tree.relation(noun);
            int preposition = g - 1;
            boolean afterPreposition =
                    preposition >= 0 && tree.relation(preposition).equals("case") && tree.parent(preposition) == noun;
            if (!afterPreposition || !(nounRelation.startsWith("obl") || nounRelation.startsWith("nmod"))) {
                continue;
            }
            int head = tree.parent(noun);
            set(deps, new Dependency(head, g, "advcl"));
            set(deps, new Dependency(g, preposition, "mark"));
            set(deps, new Dependency(g, noun, "obj"));
            changed = true;
        }
        return changed;
    }

    private static void set(List<Dependency> deps, Dependency d) {
        for (int i = 0; i < deps.size(); i++) {
            if (deps.get(i).dependent() == d.dependent()) {
                deps.set(i, d);
                return;
            }
        }
    }
}
