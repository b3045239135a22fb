package org.dyad.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.nlp.DependencyTree;

/**
 * Why a selector found what it found, for people: each of its alternatives, asked about one
 * token, with what it found, found nothing, or was not tried because an earlier one answered;
 * then the rule lines that answered, innermost first. What {@code dyad explain} prints.
 */
public final class RuleTrace {
    private RuleTrace() {}

    /** The lines that explain selector {@code name} asked about {@code token}. */
    public static List<String> of(Rules rules, String name, DependencyTree tree, int token) {
        Selector selector = rules.selector(name).orElse(null);
        if (selector == null) {
            return List.of("{" + name + "} is not defined");
        }
        Map<Selector.Alternative, List<Integer>> tried = new HashMap<>();
        Tracer top = (s, alternative, at, depth, found) -> {
            if (s == selector && depth == 0 && at == token) {
                tried.put(alternative, found);
            }
        };
        List<Integer> found = rules.select(name, tree, token, List.of(), top);
        Answer answer = rules.answer(name, tree, token, List.of());
        List<String> out = new ArrayList<>();
        out.add(String.format(
                "%s (%s) -> %s", name, selector.location(), found.isEmpty() ? "nothing" : words(tree, found)));
        for (Selector.Alternative a : selector.alternatives()) {
            List<Integer> got = tried.get(a);
            String outcome = got == null ? "not tried" : got.isEmpty() ? "nothing" : "found " + words(tree, got);
            out.add(String.format("  %s  %s  %s", a.location(), a.text(), outcome));
        }
        if (!answer.by().isEmpty()) {
            out.add("  answered by " + String.join(", ", answer.by()));
        }
        return out;
    }

    private static String words(DependencyTree tree, List<Integer> tokens) {
        List<String> w = new ArrayList<>();
        for (int t : tokens) {
            w.add(tree.token(t).word() + " [" + t + "]");
        }
        return String.join(", ", w);
    }
}
