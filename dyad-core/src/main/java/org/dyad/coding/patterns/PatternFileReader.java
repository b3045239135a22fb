package org.dyad.coding.patterns;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.coding.NounCoder;
import org.dyad.coding.cameo.CameoCodebook;
import org.dyad.coding.cameo.VerbDictionary;
import org.dyad.coding.cameo.VerbDictionaryReader;
import org.dyad.coding.cameo.VerbEntry;
import org.dyad.model.OneLine;

/**
 * The reader of a user's own pattern files: dyad's simple format ({@code noun drone strike = 195},
 * {@code verb side with = 050}, {@code verb agree * (to truce) = 0356}, see
 * {@code docs/patterns.md}) or, when a line is a block header such as {@code ---  SHELL  [194]  ---},
 * the CAMEO verb-dictionary format of the bundled file. Verb lines are translated into that
 * format and read by {@link VerbDictionaryReader} over the dictionary given. Lines it cannot read
 * are skipped and reported as "file:line: why"; only a file that cannot be read throws.
 */
public final class PatternFileReader {
    /** A CAMEO block header: three or more dashes, then the block's name. */
    private static final Pattern BLOCK_HEADER = Pattern.compile("-{3,}\\s*[^\\s-].*");

    private final CameoCodebook codebook;

    /** A reader that accepts the codes {@code codebook} knows, and reports the others. */
    public PatternFileReader(CameoCodebook codebook) {
        this.codebook = Objects.requireNonNull(codebook, "codebook");
    }

    /**
     * Reads {@code file} as UTF-8 over {@code base}; diagnostics and evidence name it as given.
     *
     * @throws UncheckedIOException when the file is missing, unreadable or not UTF-8
     */
    public PatternFile read(Path file, VerbDictionary base) {
        try {
            return read(file.toString(), Files.readString(file, StandardCharsets.UTF_8), base);
        } catch (IOException e) {
            String why = e instanceof NoSuchFileException
                    ? "no such file"
                    : e instanceof AccessDeniedException
                            ? "permission denied"
                            : e instanceof CharacterCodingException ? "not UTF-8 text" : String.valueOf(e.getMessage());
            throw new UncheckedIOException("cannot read patterns file " + file + ": " + why, e);
        }
    }

    /** Reads the text of one file, named {@code name} in diagnostics and evidence, over {@code base}. */
    public PatternFile read(String name, String text, VerbDictionary base) {
        // Editors on Windows start UTF-8 files with a byte-order mark.
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = body.lines().toList();
        if (isCameoFormat(lines)) {
            VerbDictionary verbs = VerbDictionaryReader.read(base, name, new StringReader(body));
            return new PatternFile(name, verbs, newEntries(base, verbs), List.of(), newDiagnostics(base, verbs));
        }
        SimpleLines simple = simpleLines(name, lines);
        List<String> diagnostics = new ArrayList<>(simple.diagnostics());
        if (simple.verbs().isEmpty()) {
            return new PatternFile(name, base, List.of(), simple.nouns(), diagnostics);
        }
        CameoText cameo = CameoText.of(simple.verbs());
        cameo.notes().forEach(n -> diagnostics.add(name + ":" + n.line() + ": " + n.why()));
        VerbDictionary verbs = VerbDictionaryReader.read(base, name, new StringReader(cameo.text()), cameo::userLine);
        diagnostics.addAll(newDiagnostics(base, verbs));
        // Only a verb with a code line of its own stands before the bundled entries of its verb:
        // one given patterns alone keeps the bundled verb's code where none of them matches.
        List<VerbEntry> preferred = newEntries(base, verbs).stream()
                .filter(e -> e.ownCode().isPresent())
                .toList();
        return new PatternFile(name, verbs, preferred, simple.nouns(), byLine(name, diagnostics));
    }

    /** The lines of a simple-format file, read: its verb lines, its nouns, and the lines it could not read. */
    private record SimpleLines(List<PatternLine> verbs, List<NounCoder.Entry> nouns, List<String> diagnostics) {}

    private SimpleLines simpleLines(String name, List<String> lines) {
        SimpleLines read = new SimpleLines(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < lines.size(); i++) {
            String content = withoutComment(lines.get(i));
            if (content.isEmpty()) {
                continue;
            }
            try {
                PatternLine line = checked(PatternLine.parse(content, i + 1));
                if (line.kind() == PatternLine.Kind.NOUN) {
                    read.nouns().add(new NounCoder.Entry(line.words(), line.code(), name, line.line()));
                } else {
                    read.verbs().add(line);
                }
            } catch (MalformedPatternLine e) {
                read.diagnostics().add(name + ":" + (i + 1) + ": " + e.getMessage() + "; line skipped");
            }
        }
        return read;
    }

    /** Whether the lines are in the CAMEO verb-dictionary format: a line (outside comments) is a block header. */
    public static boolean isCameoFormat(List<String> lines) {
        return lines.stream()
                .map(PatternFileReader::withoutComment)
                .anyMatch(l -> BLOCK_HEADER.matcher(l).matches());
    }

    /** Diagnostics of one file sorted by their line, as "file:line: why" sorts them, each on one line. */
    static List<String> byLine(String name, List<String> diagnostics) {
        // Some are escaped already (the verb dictionary's), some not yet: compare the escaped forms.
        Pattern at = Pattern.compile(Pattern.quote(OneLine.of(name)) + ":(\\d+):.*", Pattern.DOTALL);
        return OneLine.all(diagnostics).stream()
                .sorted(Comparator.comparingInt(d -> {
                    Matcher m = at.matcher(d);
                    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
                }))
                .toList();
    }

    private PatternLine checked(PatternLine line) throws MalformedPatternLine {
        if (!line.code().equals(PatternLine.NULL_CODE) && !codebook.isValid(line.code())) {
            throw new MalformedPatternLine("code " + line.code() + " is not in the CAMEO codebook");
        }
        return line;
    }

    private static List<VerbEntry> newEntries(VerbDictionary base, VerbDictionary read) {
        return read.blocks().subList(base.blocks().size(), read.blocks().size()).stream()
                .flatMap(b -> b.verbs().stream())
                .toList();
    }

    private static List<String> newDiagnostics(VerbDictionary base, VerbDictionary read) {
        return read.diagnostics()
                .subList(base.diagnostics().size(), read.diagnostics().size());
    }

    private static String withoutComment(String line) {
        int hash = line.indexOf('#');
        return (hash < 0 ? line : line.substring(0, hash)).strip();
    }
}
