package org.dyad.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.nlp.DependencyTree;
import org.dyad.rules.Rules;

/**
 * The stage that repairs misattachments the parser makes often in wire copy, in every sentence
 * an annotator gave, before actors and coding read the tree: whichever annotator made the layer,
 * all later stages read the same repaired trees.
 * <ul>
 * <li>"Beirut rejected Thursday a United Nations appeal": the day between the verb and its
 * object takes the object as a loose dependent; it becomes the verb's object again.</li>
 * <li>"accused Russia of supplying weapons": the gerund is read as an adjective of its own
 * object ("supplying weapons" like "flying objects"); it becomes the clause it is, with the
 * object back under it, so the accused act can be coded.</li>
 * </ul>
 * Which words a repair applies to is asked of the selectors of {@code repairs.rules}, on the tree
 * as parsed; this class keeps the word order they cannot say (the day stands between the verb and
 * the noun; the preposition right before the gerund) and the rewrite itself.
 */
public final class ParseRepairs implements Stage<AnnotatedArticle, AnnotatedArticle> {
    /** The verb whose object the parser hung from a day after it. */
    public static final String MISPLACED_OBJECT = "misplaced-object";
    /** The preposition of the noun a gerund was hung on as an adjective. */
    public static final String MISREAD_GERUND = "misread-gerund";
    /** The selectors the repairs ask, of the tree as parsed rather than as repaired. */
    public static final List<String> SELECTORS = List.of(MISPLACED_OBJECT, MISREAD_GERUND);

    private final Rules rules;

    public ParseRepairs(Rules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    public AnnotatedArticle apply(AnnotatedArticle annotated, StageContext context) {
        return new AnnotatedArticle(annotated.article(), repair(annotated.sentences()));
    }

    /** {@code sentences} repaired, for a caller that has sentences without an article. */
    public List<Sentence> repair(List<Sentence> sentences) {
        return sentences.stream().map(this::repair).toList();
    }

    /** {@code sentence} with its misparses repaired; the same instance where there is none. */
    public Sentence repair(Sentence sentence) {
        // Every repair reads the tree as parsed, so one repair never makes or hides another.
        DependencyTree tree = new DependencyTree(sentence);
        List<Dependency> deps = new ArrayList<>(sentence.dependencies());
        boolean changed = false;
        for (int i = 0; i < deps.size(); i++) {
            Dependency d = deps.get(i);
            int noun = d.dependent();
            int day = d.head();
            Optional<Integer> verb = rules.first(MISPLACED_OBJECT, tree, noun);
            if (verb.isPresent() && day >= 0 && noun > day && verb.get() < day) {
                deps.set(i, new Dependency(verb.get(), noun, "obj"));
                changed = true;
            }
        }
        changed |= gerundsAfterPrepositions(tree, deps);
        return changed ? sentence.withDependencies(deps) : sentence;
    }

    private boolean gerundsAfterPrepositions(DependencyTree tree, List<Dependency> deps) {
        boolean changed = false;
        for (int g = 0; g < deps.size(); g++) {
            int noun = tree.parent(g);
            int preposition = g - 1;
            if (noun < g
                    || preposition < 0
                    || !rules.select(MISREAD_GERUND, tree, g).contains(preposition)) {
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
