package org.dyad.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one alternative of a selector: {@code >obj >nmod[case:@target_prepositions]},
 * {@code <xcomp (>obj / {subject})}, {@code [has >aux:pass]}. Grammar in {@code docs/rules.md}.
 */
final class PathParser {
    private final String text;
    private int at;

    private PathParser(String text) {
        this.text = text;
    }

    /** The path {@code text} writes, or why it cannot be read. */
    static Path parse(String text) throws MalformedRule {
        PathParser p = new PathParser(text);
        Path path = p.path("");
        p.space();
        if (p.at < text.length()) {
            throw new MalformedRule("unexpected '" + text.charAt(p.at) + "' at column " + (p.at + 1));
        }
        return path;
    }

    /** Items up to the end or to one of {@code stops} at this level. */
    private Path path(String stops) throws MalformedRule {
        List<Step> steps = new ArrayList<>();
        while (true) {
            space();
            if (at >= text.length() || stops.indexOf(text.charAt(at)) >= 0) {
                return new Path(steps);
            }
            steps.add(step());
        }
    }

    private Step step() throws MalformedRule {
        char c = text.charAt(at);
        switch (c) {
            case '>' -> {
                at++;
                return new Step.Children(relations(true));
            }
            case '<' -> {
                at++;
                return new Step.Head(relations(false));
            }
            case '{' -> {
                at++;
                String name = until('}', "selector name");
                if (!WordClasses.validName(name)) {
                    throw new MalformedRule("'" + name + "' is not a selector name");
                }
                return new Step.Call(name);
            }
            case '[' -> {
                at++;
                return filter();
            }
            case '(' -> {
                at++;
                return group();
            }
            default -> {
                String word = word();
                return switch (word) {
                    case "before" -> new Step.Before();
                    case "first" -> new Step.First();
                    case "" -> throw new MalformedRule("unexpected '" + c + "' at column " + (at + 1));
                    default -> throw new MalformedRule("unknown step '" + word + "'");
                };
            }
        }
    }

    private Relations relations(boolean required) throws MalformedRule {
        int start = at;
        while (at < text.length() && (Character.isLetter(text.charAt(at)) || "_:*|".indexOf(text.charAt(at)) >= 0)) {
            at++;
        }
        String names = text.substring(start, at);
        if (names.isEmpty()) {
            if (required) {
                throw new MalformedRule("'>' wants a relation at column " + (start + 1));
            }
            return Relations.ANY;
        }
        List<String> out = new ArrayList<>();
        for (String n : names.split("\\|", -1)) {
            if (n.isEmpty()) {
                throw new MalformedRule("empty relation in '" + names + "'");
            }
            out.add(n);
        }
        return new Relations(out);
    }

    private Step filter() throws MalformedRule {
        List<Condition> conditions = new ArrayList<>();
        while (true) {
            space();
            if (at < text.length() && text.startsWith("first", at) && next("first", "]")) {
                at += "first".length();
                space();
                expect(']');
                return new Step.First();
            }
            conditions.add(condition());
            space();
            if (at >= text.length()) {
                throw new MalformedRule("'[' without ']'");
            }
            char c = text.charAt(at++);
            if (c == ']') {
                return new Step.Filter(conditions);
            }
            if (c != ',') {
                throw new MalformedRule("unexpected '" + c + "' in a condition at column " + at);
            }
        }
    }

    private Condition condition() throws MalformedRule {
        space();
        if (at < text.length() && text.charAt(at) == '!') {
            at++;
            return new Condition.Not(condition());
        }
        String word = word();
        switch (word) {
            case "has" -> {
                return new Condition.Has(path(",]"));
            }
            case "precedes" -> {
                return new Condition.Precedes(path(",]"));
            }
            case "self" -> {
                return new Condition.Self();
            }
            case "root" -> {
                return new Condition.Root();
            }
            case "trigger" -> {
                return new Condition.Trigger();
            }
            case "verb", "noun", "pronoun" -> {
                return new Condition.Kind(word);
            }
            case "depth" -> {
                space();
                if (!text.startsWith("<=", at)) {
                    throw new MalformedRule("depth wants '<=' and a number");
                }
                at += 2;
                space();
                String n = word();
                if (!n.matches("\\d{1,3}")) {
                    throw new MalformedRule("depth wants a number, not '" + n + "'");
                }
                return new Condition.Depth(Integer.parseInt(n));
            }
            case "" -> throw new MalformedRule("a condition is missing at column " + (at + 1));
            default -> {
                return attribute(word);
            }
        }
    }

    private Condition attribute(String key) throws MalformedRule {
        if (at >= text.length() || text.charAt(at) != ':') {
            throw new MalformedRule("condition '" + key + "' wants ':' and values");
        }
        at++;
        Optional<Condition.Key> k = key(key);
        if (k.isEmpty()) {
            throw new MalformedRule("unknown condition '" + key + "'");
        }
        return new Condition.Attribute(k.get(), k.get() == Condition.Key.FEATURE ? key : "", values());
    }

    private static Optional<Condition.Key> key(String key) {
        return switch (key) {
            case "word" -> Optional.of(Condition.Key.WORD);
            case "lemma" -> Optional.of(Condition.Key.LEMMA);
            case "rel" -> Optional.of(Condition.Key.REL);
            case "relation" -> Optional.of(Condition.Key.RELATION);
            case "case" -> Optional.of(Condition.Key.CASE);
            case "mark" -> Optional.of(Condition.Key.MARK);
            case "upos" -> Optional.of(Condition.Key.UPOS);
            case "entity" -> Optional.of(Condition.Key.ENTITY);
            default -> Character.isUpperCase(key.charAt(0)) ? Optional.of(Condition.Key.FEATURE) : Optional.empty();
        };
    }

    private Values values() throws MalformedRule {
        int start = at;
        while (at < text.length() && ",] ".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        String raw = text.substring(start, at);
        if (raw.isEmpty()) {
            throw new MalformedRule("a condition has no value at column " + (start + 1));
        }
        List<String> literals = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        boolean none = false;
        for (String v : raw.split("\\|", -1)) {
            if (v.equals("-")) {
                none = true;
            } else if (v.startsWith("@") && WordClasses.validName(v.substring(1))) {
                classes.add(v.substring(1));
            } else if (!v.isEmpty() && !v.startsWith("@")) {
                literals.add(v);
            } else {
                throw new MalformedRule("'" + v + "' is not a value");
            }
        }
        return new Values(literals, classes, none);
    }

    private Step group() throws MalformedRule {
        List<Path> branches = new ArrayList<>();
        char separator = 0;
        while (true) {
            branches.add(path("|/)"));
            if (at >= text.length()) {
                throw new MalformedRule("'(' without ')'");
            }
            char c = text.charAt(at++);
            if (c == ')') {
                return new Step.Group(branches, separator == '/');
            }
            if (separator != 0 && c != separator) {
                throw new MalformedRule("a group mixes '|' and '/'");
            }
            separator = c;
        }
    }

    private boolean next(String word, String after) {
        int end = at + word.length();
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && after.indexOf(text.charAt(i)) >= 0;
    }

    private String word() {
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
            at++;
        }
        return text.substring(start, at);
    }

    private String until(char end, String what) throws MalformedRule {
        int close = text.indexOf(end, at);
        if (close < 0) {
            throw new MalformedRule(what + " without '" + end + "'");
        }
        String out = text.substring(at, close).strip();
        at = close + 1;
        return out;
    }

    private void expect(char c) throws MalformedRule {
        if (at >= text.length() || text.charAt(at) != c) {
            throw new MalformedRule("expected '" + c + "' at column " + (at + 1));
        }
        at++;
    }

    private void space() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
