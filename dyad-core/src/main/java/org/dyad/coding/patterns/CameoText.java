package org.dyad.coding.patterns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A user's {@code verb} lines written in the CAMEO verb-dictionary format, for the dictionary's
 * own reader: one block per verb ({@code ---  SIDE_WITH  ---}), its verb line with the code of
 * its {@code verb X = CODE} line ({@code +SIDE_WITH [050]}, {@code REBUFF [---]}) and its
 * patterns ({@code - * (TO TRUCE)  [0356]  # AGREE}). Every line of the text knows the line of
 * the user's file it comes from, so what the reader reports and records names the user's lines.
 */
final class CameoText {

    /** A problem found while grouping the lines, at a line of the user's file. */
    record Note(int line, String why) {}

    /** The lines of one verb: the first, the one with its own code (the last one given), its patterns. */
    private static final class Group {
        final List<String> words;
        final int firstLine;
        Optional<PatternLine> code = Optional.empty();
        final List<PatternLine> patterns = new ArrayList<>();

        Group(List<String> words, int firstLine) {
            this.words = words;
            this.firstLine = firstLine;
        }
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Integer> userLines = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();

    private CameoText() {}

    /** The text for {@code verbs}, which are {@link PatternLine.Kind#VERB} lines in file order. */
    static CameoText of(List<PatternLine> verbs) {
        CameoText out = new CameoText();
        Map<List<String>, Group> groups = new LinkedHashMap<>();
        for (PatternLine v : verbs) {
            Group g = groups.computeIfAbsent(v.words(), w -> new Group(w, v.line()));
            if (v.pattern().isPresent()) {
                g.patterns.add(v);
                continue;
            }
            g.code.ifPresent(earlier -> out.notes.add(new Note(
                    v.line(),
                    "verb '" + String.join(" ", v.words()) + "' already has code " + earlier.code() + " at line "
                            + earlier.line() + "; this later line is used")));
            g.code = Optional.of(v);
        }
        groups.values().forEach(out::write);
        return out;
    }

    String text() {
        return text.toString();
    }

    /** The line of the user's file behind line {@code textLine} (from 1) of the text. */
    int userLine(int textLine) {
        return userLines.get(textLine - 1);
    }

    List<Note> notes() {
        return List.copyOf(notes);
    }

    private void write(Group g) {
        String name = String.join("_", g.words).toUpperCase(Locale.ROOT);
        // No block code: a verb without a code line of its own gives no event where none of its patterns match.
        line("---  " + name + "  ---", g.firstLine);
        String verb = g.words.size() == 1 ? name : "+" + name;
        line(
                verb + g.code.map(c -> " [" + c.code() + "]").orElse(""),
                g.code.map(PatternLine::line).orElse(g.firstLine));
        // The comment names the verb a pattern was written for, as the bundled file's do; the coder reads it.
        String comment = g.words.get(0).toUpperCase(Locale.ROOT);
        for (PatternLine p : g.patterns) {
            line(
                    "- " + p.pattern().orElseThrow().toUpperCase(Locale.ROOT) + "  [" + p.code() + "]  # " + comment,
                    p.line());
        }
    }

    private void line(String content, int userLine) {
        text.append(content).append('\n');
        userLines.add(userLine);
    }
}
