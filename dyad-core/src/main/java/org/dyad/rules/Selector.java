package org.dyad.rules;

import java.util.List;

/**
 * A named rule: from a token, the tokens it finds. {@code first} takes the first alternative
 * that finds any; {@code all} puts together what every alternative finds, in order. Each
 * alternative and example knows the file and line it was written at.
 */
public record Selector(
        String name,
        Mode mode,
        String description,
        List<Alternative> alternatives,
        List<Example> examples,
        String file,
        int line) {
    public Selector {
        alternatives = List.copyOf(alternatives);
        examples = List.copyOf(examples);
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("selector " + name + " has no alternative");
        }
    }

    /** How the alternatives combine. */
    public enum Mode {
        FIRST,
        ALL
    }

    /** One alternative: a path through the tree, as written at {@code file:line}. */
    public record Alternative(Path path, String text, String file, int line) {
        /** Where it was written, as {@code file:line}. */
        public String location() {
            return file + ":" + line;
        }
    }

    /**
     * An example the build checks: in {@code sentence}, asked about the word in brackets, the
     * selector finds the {@code expected} words (none for "nothing").
     */
    public record Example(
            String sentence, String anchor, int anchorOccurrence, List<String> expected, String file, int line) {
        public Example {
            expected = List.copyOf(expected);
        }

        /** The sentence without the brackets around the anchor. */
        public String text() {
            return sentence.replace("[", "").replace("]", "");
        }
    }

    /** Where the selector was written, as {@code file:line}. */
    public String location() {
        return file + ":" + line;
    }
}
