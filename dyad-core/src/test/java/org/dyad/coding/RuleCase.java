package org.dyad.coding;

import java.util.List;

/**
 * One case of a rule-case file: a named article of hand-parsed sentences, the user's pattern
 * files to code it with, and the checks its expectation lines make. See
 * {@code src/test/resources/rule-cases/README.md} for the file format.
 *
 * @param file the case file's name, e.g. {@code roles.cases}
 * @param line the line of the {@code case} keyword
 * @param sentences each sentence's CoNLL-like lines, as {@link org.dyad.testkit.Sentences#of} reads them
 * @param patterns the user's pattern and rule files, in the order given
 */
record RuleCase(
        String file, int line, String name, List<String> sentences, List<PatternFile> patterns, List<Check> checks) {

    RuleCase {
        sentences = List.copyOf(sentences);
        patterns = List.copyOf(patterns);
        checks = List.copyOf(checks);
    }

    /** Where the case starts, as {@code file:line}. */
    String where() {
        return file + ":" + line;
    }

    /**
     * A pattern file of the user ({@code patterns NAME}) or a rule file ({@code rules NAME}): its name (a
     * file of that name is written for the case) and its lines.
     */
    record PatternFile(String name, List<String> lines, boolean rules) {
        PatternFile {
            lines = List.copyOf(lines);
        }
    }

    /** One check on a coded case; it fails with an assertion error that names its file and line. */
    @FunctionalInterface
    interface Check {
        void verify(CaseResult result);
    }
}
