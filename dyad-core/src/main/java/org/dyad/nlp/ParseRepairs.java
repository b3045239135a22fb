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
 * </ul>
 */
public final class ParseRepairs {
    private ParseRepairs() {
    }

    public static Sentence apply(Sentence sentence) {
        DependencyTree tree = new DependencyTree(sentence);
        List<Dependency> deps = new ArrayList<>(sentence.dependencies());
        boolean changed = false;
        for (int i = 0; i < deps.size(); i++) {
            Dependency d = deps.get(i);
            int day = d.head();
            if (!d.relation().equals("dep") || day < 0 || d.dependent() < day || !tree.token(d.dependent()).isNoun()) {
                continue;
            }
            String dayRelation = tree.relation(day);
            int verb = tree.parent(day);
            boolean temporal = dayRelation.equals("obl:tmod") || dayRelation.equals("nmod:tmod");
            if (temporal && verb >= 0 && verb < day && tree.token(verb).isVerb() && tree.children(verb, "obj").isEmpty()) {
                deps.set(i, new Dependency(verb, d.dependent(), "obj"));
                changed = true;
            }
        }
        return changed ? sentence.withDependencies(deps) : sentence;
    }
}
