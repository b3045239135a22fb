package org.dyad.it;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A checked-in file of expected output lines, read from the test class path, that a test
 * compares its actual lines with. Lines starting with {@code #} are comments and are not
 * compared. A difference fails the test with a unified-style diff; with the system property
 * {@code dyad.golden.update=true} the file under {@code src/test/resources} is rewritten with
 * the actual lines instead, for a person to review as a diff before committing.
 */
final class GoldenFile {

    /** The system property that turns a comparison into a rewrite. */
    static final String UPDATE_PROPERTY = "dyad.golden.update";

    private static final int CONTEXT = 2;

    private final String resource;
    private final List<String> header;
    private final boolean update;

    /** The golden file at class path {@code resource}, rewritten rather than compared when {@value #UPDATE_PROPERTY} is true. */
    static GoldenFile at(String resource, List<String> header) {
        return new GoldenFile(resource, header, Boolean.getBoolean(UPDATE_PROPERTY));
    }

    /** The golden file at class path {@code resource}; {@code header} is written atop it when {@code update}. */
    GoldenFile(String resource, List<String> header, boolean update) {
        for (String line : header) {
            if (!line.startsWith("#")) {
                throw new IllegalArgumentException("header line does not start with '#': " + line);
            }
        }
        this.resource = resource;
        this.header = List.copyOf(header);
        this.update = update;
    }

    /** Fails with a diff unless {@code actual} equals the file's lines, or rewrites the file when asked to. */
    void assertMatches(List<String> actual) {
        for (String line : actual) {
            if (line.startsWith("#") || line.contains("\n")) {
                throw new IllegalArgumentException("an actual line cannot be stored in a golden file: " + line);
            }
        }
        if (update) {
            rewrite(actual);
            return;
        }
        List<String> expected = expectedLines();
        if (!expected.equals(actual)) {
            fail("output differs from the golden file " + resource + " (" + expected.size() + " expected line(s), "
                    + actual.size() + " actual). If the change is intended, rerun with -D" + UPDATE_PROPERTY
                    + "=true to rewrite src/test/resources/" + resource + ", and review its diff.\n"
                    + unifiedDiff(expected, actual));
        }
    }

    /** The file's lines on the class path, comments left out. */
    List<String> expectedLines() {
        try (InputStream in = GoldenFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no golden file " + resource + " on the class path; create it with -D"
                        + UPDATE_PROPERTY + "=true");
            }
            return withoutComments(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read golden file " + resource, e);
        }
    }

    static List<String> withoutComments(String content) {
        return content.replace("\r\n", "\n")
                .lines()
                .filter(l -> !l.startsWith("#"))
                .toList();
    }

    private void rewrite(List<String> actual) {
        // Surefire and Failsafe set basedir to the module's directory; a run from an IDE starts there.
        Path resources = Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources");
        if (!Files.isDirectory(resources)) {
            throw new IllegalStateException("cannot rewrite golden file: no directory " + resources.toAbsolutePath());
        }
        Path file = resources.resolve(resource);
        List<String> content = new ArrayList<>(header);
        content.addAll(actual);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite golden file " + file, e);
        }
        System.out.println("golden file rewritten: " + file.toAbsolutePath() + " (" + actual.size() + " line(s))");
    }

    /**
     * A unified-style diff of two line lists: hunks headed {@code @@ -a,b +c,d @@} (line numbers
     * count compared lines, comments left out), lines only in {@code expected} marked {@code -},
     * lines only in {@code actual} marked {@code +}, and up to two unchanged lines of context.
     * Empty when the lists are equal.
     */
    static String unifiedDiff(List<String> expected, List<String> actual) {
        List<Edit> edits = edits(expected, actual);
        StringBuilder out = new StringBuilder();
        if (edits.stream().allMatch(e -> e.mark == ' ')) {
            return "";
        }
        out.append("--- expected (golden file)\n+++ actual\n");
        // An edit is shown when a change is at most CONTEXT lines away; each run of shown edits is a hunk.
        boolean[] shown = new boolean[edits.size()];
        for (int i = 0; i < edits.size(); i++) {
            if (edits.get(i).mark != ' ') {
                for (int k = Math.max(0, i - CONTEXT); k <= Math.min(edits.size() - 1, i + CONTEXT); k++) {
                    shown[k] = true;
                }
            }
        }
        int i = 0;
        while (i < edits.size()) {
            if (!shown[i]) {
                i++;
                continue;
            }
            int end = i;
            while (end < edits.size() && shown[end]) {
                end++;
            }
            appendHunk(out, edits.subList(i, end));
            i = end;
        }
        return out.toString();
    }

    private static void appendHunk(StringBuilder out, List<Edit> hunk) {
        int expectedCount = (int) hunk.stream().filter(e -> e.mark != '+').count();
        int actualCount = (int) hunk.stream().filter(e -> e.mark != '-').count();
        out.append("@@ -")
                .append(hunk.get(0).expectedLine + (expectedCount == 0 ? 0 : 1))
                .append(',')
                .append(expectedCount)
                .append(" +")
                .append(hunk.get(0).actualLine + (actualCount == 0 ? 0 : 1))
                .append(',')
                .append(actualCount)
                .append(" @@\n");
        for (Edit e : hunk) {
            out.append(e.mark).append(e.line).append('\n');
        }
    }

    /** One line of the diff; {@code expectedLine} and {@code actualLine} are the 0-based positions before it. */
    private record Edit(char mark, String line, int expectedLine, int actualLine) {}

    /** The shortest edit script from {@code a} to {@code b}, by longest common subsequence. */
    private static List<Edit> edits(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                edits.add(new Edit(' ', a.get(i), i++, j++));
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                edits.add(new Edit('-', a.get(i), i++, j));
            } else {
                edits.add(new Edit('+', b.get(j), i, j++));
            }
        }
        return edits;
    }
}
