package org.dyad.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks that every selector a rule calls and every word class it names exists. */
final class References {
    private References() {}

    /** One diagnostic "file:line: why" for each alternative that names something undefined. */
    static List<String> check(Map<String, Selector> selectors, WordClasses classes) {
        List<String> out = new ArrayList<>();
        for (Selector s : selectors.values()) {
            for (Selector.Alternative a : s.alternatives()) {
                List<String> missing = new ArrayList<>();
                walk(a.path(), selectors, classes, missing);
                for (String m : missing) {
                    out.add(a.location() + ": " + m + " (in selector " + s.name() + ")");
                }
            }
        }
        return out;
    }

    private static void walk(Path path, Map<String, Selector> selectors, WordClasses classes, List<String> missing) {
        for (Step step : path.steps()) {
            if (step instanceof Step.Call c && !selectors.containsKey(c.name())) {
                missing.add("selector {" + c.name() + "} is not defined");
            } else if (step instanceof Step.Filter f) {
                f.conditions().forEach(c -> condition(c, selectors, classes, missing));
            } else if (step instanceof Step.Group g) {
                g.branches().forEach(b -> walk(b, selectors, classes, missing));
            }
        }
    }

    private static void condition(
            Condition c, Map<String, Selector> selectors, WordClasses classes, List<String> missing) {
        if (c instanceof Condition.Not n) {
            condition(n.condition(), selectors, classes, missing);
        } else if (c instanceof Condition.Has h) {
            walk(h.path(), selectors, classes, missing);
        } else if (c instanceof Condition.Attribute a) {
            for (String name : a.values().classes()) {
                if (!classes.defines(name)) {
                    missing.add("word class @" + name + " is not defined");
                }
            }
        }
    }
}
