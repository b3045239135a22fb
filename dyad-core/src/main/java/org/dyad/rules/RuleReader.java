package org.dyad.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.OneLine;

/**
 * Reads a rule file: {@code select NAME first|all "description"} blocks whose indented lines are
 * alternatives (paths) and {@code example} lines, and {@code @class word word} lines. A line that
 * cannot be read is a diagnostic "file:line: why" and is skipped; a block whose header cannot be
 * read is skipped whole.
 */
public final class RuleReader {
    private RuleReader() {}

    /** Reads {@code text}, named {@code file} in diagnostics and evidence. */
    public static RuleFile read(String file, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = body.split("\r\n|\r|\n", -1);
        List<Selector> selectors = new ArrayList<>();
        Map<String, Set<String>> classes = new LinkedHashMap<>();
        List<String> diagnostics = new ArrayList<>();
        Block block = null;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String raw = lines[i];
            String line = WordClasses.withoutComment(raw);
            if (line.isEmpty()) {
                continue;
            }
            boolean indented = Character.isWhitespace(raw.charAt(0));
            if (indented) {
                if (block == null) {
                    diagnostics.add(where(file, number) + "an indented line outside a 'select' block; line skipped");
                } else if (!block.skipped) {
                    block.add(line, file, number, diagnostics);
                }
                continue;
            }
            close(block, selectors, diagnostics);
            block = null;
            if (line.startsWith("@")) {
                Optional<WordClasses.Definition> d = WordClasses.definition(line);
                if (d.isEmpty()) {
                    diagnostics.add(
                            where(file, number) + "not a word class (want '@name word word ...'); line skipped");
                } else if (classes.put(d.get().name(), d.get().words()) != null) {
                    diagnostics.add(where(file, number) + "word class @"
                            + d.get().name() + " is defined twice in this file; this later line is used");
                }
            } else {
                block = header(line, file, number, diagnostics);
            }
        }
        close(block, selectors, diagnostics);
        return new RuleFile(file, selectors, classes, OneLine.all(diagnostics));
    }

    private static String where(String file, int line) {
        return file + ":" + line + ": ";
    }

    private static Block header(String line, String file, int number, List<String> diagnostics) {
        String[] f = line.split("\\s+", 4);
        String why = null;
        if (!f[0].equals("select")) {
            why = "a line must start 'select NAME first|all', '@class' or be indented under a select";
        } else if (f.length < 3 || !WordClasses.validName(f[1])) {
            why = "'select' wants a name and 'first' or 'all'";
        } else if (!f[2].equals("first") && !f[2].equals("all")) {
            why = "'select " + f[1] + "' wants 'first' or 'all', not '" + f[2] + "'";
        }
        if (why != null) {
            diagnostics.add(where(file, number) + why + "; block skipped");
            Block skipped = new Block("", Selector.Mode.FIRST, "", file, number);
            skipped.skipped = true;
            return skipped;
        }
        String description = f.length > 3 ? f[3].strip() : "";
        if (description.length() >= 2 && description.startsWith("\"") && description.endsWith("\"")) {
            description = description.substring(1, description.length() - 1);
        }
        Selector.Mode mode = Selector.Mode.valueOf(f[2].toUpperCase(Locale.ROOT));
        return new Block(f[1], mode, description, file, number);
    }

    private static void close(Block block, List<Selector> selectors, List<String> diagnostics) {
        if (block == null || block.skipped) {
            return;
        }
        if (block.alternatives.isEmpty()) {
            diagnostics.add(
                    where(block.file, block.line) + "selector " + block.name + " has no alternative; block skipped");
            return;
        }
        selectors.add(new Selector(
                block.name, block.mode, block.description, block.alternatives, block.examples, block.file, block.line));
    }

    /** A select block being read. */
    private static final class Block {
        final String name;
        final Selector.Mode mode;
        final String description;
        final String file;
        final int line;
        final List<Selector.Alternative> alternatives = new ArrayList<>();
        final List<Selector.Example> examples = new ArrayList<>();
        boolean skipped;

        Block(String name, Selector.Mode mode, String description, String file, int line) {
            this.name = name;
            this.mode = mode;
            this.description = description;
            this.file = file;
            this.line = line;
        }

        void add(String text, String file, int number, List<String> diagnostics) {
            try {
                if (text.startsWith("example ") || text.startsWith("example:")) {
                    examples.add(Examples.parse(
                            text.substring("example".length())
                                    .replaceFirst("^:", "")
                                    .strip(),
                            file,
                            number));
                } else {
                    alternatives.add(new Selector.Alternative(PathParser.parse(text), text, file, number));
                }
            } catch (MalformedRule e) {
                diagnostics.add(where(file, number) + e.getMessage() + "; line skipped");
            }
        }
    }
}
