package org.dyad.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.coding.RuleCase.Check;
import org.dyad.coding.RuleCase.PatternFile;

/**
 * The reader of rule-case files. Keywords ({@code case}, {@code sentence}, {@code patterns}, {@code rules},
 * {@code expect}) start at the first column; the lines under them are indented. A mistake in a
 * file fails with its file and line, so that a broken case is never silently skipped.
 */
final class RuleCaseReader {
    private final String file;
    private final List<RuleCase> cases = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    private String name;
    private int caseLine;
    private List<StringBuilder> sentences;
    private List<String> patternNames;
    private List<List<String>> patternLines;
    private List<Boolean> patternKinds;
    private RuleChecks checks;
    private String section;

    private RuleCaseReader(String file) {
        this.file = file;
    }

    /** The cases of a file, given its name and lines. */
    static List<RuleCase> read(String file, List<String> lines) {
        RuleCaseReader reader = new RuleCaseReader(file);
        for (int i = 0; i < lines.size(); i++) {
            reader.line(i + 1, lines.get(i));
        }
        reader.endCase();
        return reader.cases;
    }

    private void line(int n, String raw) {
        String text = raw.strip();
        if (text.isEmpty() || text.startsWith("#")) {
            return;
        }
        if (!Character.isWhitespace(raw.charAt(0))) {
            keyword(n, text);
        } else if (section == null) {
            throw error(n, "an indented line outside a case");
        } else {
            content(n, text);
        }
    }

    private void keyword(int n, String text) {
        String[] kw = text.split("\\s+", 2);
        String rest = kw.length > 1 ? kw[1].strip() : "";
        if (kw[0].equals("case")) {
            endCase();
            startCase(n, rest);
            return;
        }
        if (section == null) {
            throw error(n, "'" + kw[0] + "' before the first 'case'");
        }
        switch (kw[0]) {
            case "sentence" -> {
                requireNothingAfter(n, kw[0], rest);
                if (!section.equals("tokens")
                        || sentences.get(sentences.size() - 1).isEmpty()) {
                    throw error(n, "'sentence' must follow the tokens of a sentence");
                }
                sentences.add(new StringBuilder());
            }
            case "patterns", "rules" -> {
                if (rest.isEmpty() || rest.contains(" ")) {
                    throw error(n, "want '" + kw[0] + " <file name>', got: " + text);
                }
                patternNames.add(rest);
                patternLines.add(new ArrayList<>());
                patternKinds.add(kw[0].equals("rules"));
            }
            case "expect" -> requireNothingAfter(n, kw[0], rest);
            default ->
                throw error(n, "unknown keyword '" + kw[0] + "' (want case, sentence, patterns, rules or expect)");
        }
        section = kw[0].equals("sentence") ? "tokens" : kw[0];
    }

    private void content(int n, String text) {
        switch (section) {
            case "tokens" -> sentences.get(sentences.size() - 1).append(text).append('\n');
            case "patterns", "rules" -> {
                if (!text.startsWith("|")) {
                    throw error(
                            n,
                            (section.equals("rules") ? "a rule" : "a pattern") + " file's line starts with '|', got: "
                                    + text);
                }
                // "| " is the margin; a lone "|" is an empty line of the file.
                String line = text.length() > 1 ? text.substring(text.startsWith("| ") ? 2 : 1) : "";
                patternLines.get(patternLines.size() - 1).add(line);
            }
            case "expect" -> checks.add(n, text);
            default -> throw error(n, "no lines may follow '" + section + "'");
        }
    }

    private void startCase(int n, String caseName) {
        if (caseName.isEmpty()) {
            throw error(n, "a case needs a name: 'case <what it shows>'");
        }
        if (!names.add(caseName)) {
            throw error(n, "a second case named '" + caseName + "'");
        }
        name = caseName;
        caseLine = n;
        sentences = new ArrayList<>(List.of(new StringBuilder()));
        patternNames = new ArrayList<>();
        patternLines = new ArrayList<>();
        patternKinds = new ArrayList<>();
        checks = new RuleChecks(file);
        section = "tokens";
    }

    private void endCase() {
        if (name == null) {
            return;
        }
        if (sentences.stream().anyMatch(StringBuilder::isEmpty)) {
            throw error(caseLine, "case '" + name + "' has a sentence without tokens");
        }
        List<Check> all = checks.all();
        if (all.isEmpty()) {
            throw error(caseLine, "case '" + name + "' expects nothing: add an 'expect' block");
        }
        List<String> conll = sentences.stream().map(StringBuilder::toString).toList();
        List<PatternFile> patterns = new ArrayList<>();
        for (int i = 0; i < patternNames.size(); i++) {
            patterns.add(new PatternFile(patternNames.get(i), patternLines.get(i), patternKinds.get(i)));
        }
        cases.add(new RuleCase(file, caseLine, name, conll, patterns, all));
        name = null;
    }

    private void requireNothingAfter(int n, String keyword, String rest) {
        if (!rest.isEmpty()) {
            throw error(n, "nothing may follow '" + keyword + "' on its line, got: " + rest);
        }
    }

    private IllegalArgumentException error(int n, String message) {
        return new IllegalArgumentException(file + ":" + n + ": " + message);
    }
}
