package org.dyad.coding.cameo.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.coding.cameo.VerbBlock;

/**
 * Reads a PETRARCH verb dictionary file line by line: synsets, and verb blocks with their verbs
 * and patterns. PETRARCH's verb transformations ({@code ~} lines) are passed over without a
 * diagnostic: dyad combines a reporting or wanting verb with what it embeds by its own embedding
 * rules instead (docs/patterns.md). A line that cannot be read is skipped with a diagnostic; only a
 * failing {@link Reader} throws.
 */
public final class VerbFileParser {

    private enum Context {
        NONE,
        SYNSET,
        BLOCK,
        SKIPPED_BLOCK
    }

    private static final Pattern LAST_UPDATE = Pattern.compile("#\\s*LAST UPDATE:\\s*(.+?)\\s*");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final String name;
    private final SynsetTable synsets;
    private final Diagnostics diagnostics;
    private final List<BlockBuilder> blocks = new ArrayList<>();
    private Context context = Context.NONE;
    private String synsetLabel = "";
    private Optional<String> lastUpdate = Optional.empty();

    private VerbFileParser(String name, Map<String, List<List<String>>> baseSynsets) {
        this.name = name;
        this.synsets = new SynsetTable(baseSynsets);
        this.diagnostics = new Diagnostics(name);
    }

    /** Reads {@code in} (named {@code name} in diagnostics) on top of {@code baseSynsets}. */
    public static ParsedVerbFile parse(String name, Reader in, Map<String, List<List<String>>> baseSynsets) {
        return parse(name, in, baseSynsets, IntUnaryOperator.identity());
    }

    /**
     * As {@link #parse(String, Reader, Map)}, for text translated from another file: {@code lineOf}
     * turns a line number of {@code in} into the line of that file, which diagnostics, verbs,
     * patterns and blocks then carry.
     */
    public static ParsedVerbFile parse(
            String name, Reader in, Map<String, List<List<String>>> baseSynsets, IntUnaryOperator lineOf) {
        VerbFileParser parser = new VerbFileParser(name, baseSynsets);
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        try {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                parser.read(line, lineOf.applyAsInt(++number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read verb dictionary " + name, e);
        }
        return parser.finish();
    }

    private void read(String raw, int line) {
        String text = raw.strip();
        if (text.isEmpty()) {
            return;
        }
        if (text.startsWith("#")) {
            noteLastUpdate(text);
            return;
        }
        try {
            dispatch(text, line);
        } catch (MalformedLineException e) {
            diagnostics.add(line, e.getMessage() + "; line skipped");
        }
    }

    private void dispatch(String text, int line) throws MalformedLineException {
        if (text.startsWith("---")) {
            startBlock(text, line);
        } else if (text.startsWith("&")) {
            startSynset(withoutComment(text, "#"));
        } else if (text.startsWith("~")) {
            return; // a PETRARCH transformation: known, and not used (see the class comment)
        } else if (text.startsWith("+") && context == Context.SYNSET) {
            synsets.add(synsetLabel, withoutComment(text, "#").substring(1).strip());
        } else if (context == Context.BLOCK) {
            readBlockLine(text, line);
        } else if (context == Context.SYNSET) {
            throw new MalformedLineException("verb or pattern line inside synset &" + SynsetTable.key(synsetLabel)
                    + " (no --- block header before it)");
        } else if (context == Context.NONE) {
            throw new MalformedLineException("line outside any verb block");
        }
    }

    private void startBlock(String text, int line) throws MalformedLineException {
        context = Context.SKIPPED_BLOCK;
        try {
            blocks.add(new BlockBuilder(BlockHeader.parse(withoutComment(text, "#")), name, line));
            context = Context.BLOCK;
        } catch (MalformedLineException e) {
            throw new MalformedLineException(e.getMessage() + "; its verbs and patterns are skipped too");
        }
    }

    private void startSynset(String text) throws MalformedLineException {
        String label = text.split("\\s+")[0];
        if (SynsetTable.key(label).isEmpty()) {
            throw new MalformedLineException("synset label '" + text + "' has no name");
        }
        synsets.define(label);
        synsetLabel = label;
        context = Context.SYNSET;
    }

    private void readBlockLine(String text, int line) throws MalformedLineException {
        BlockBuilder block = blocks.get(blocks.size() - 1);
        if (text.startsWith("-")) {
            block.addPattern(text.substring(1), line);
            return;
        }
        String verb = withoutComment(withoutComment(text, "#"), ";");
        if (verb.isBlank()) {
            return;
        }
        VerbLineParser.Result result = VerbLineParser.parse(verb, line, block.name());
        block.addVerb(result.entry());
        if (!result.skippedForms().isEmpty()) {
            diagnostics.add(
                    line,
                    "forms " + String.join(" ", result.skippedForms()) + " do not have the words of "
                            + result.entry().phrase() + " around the verb word; those forms skipped");
        }
    }

    private void noteLastUpdate(String comment) {
        Matcher m = LAST_UPDATE.matcher(comment);
        if (m.matches() && lastUpdate.isEmpty()) {
            String when = m.group(1);
            try {
                lastUpdate = Optional.of(LocalDate.parse(when, DAY_MONTH_YEAR).toString());
            } catch (DateTimeParseException e) {
                lastUpdate = Optional.of(when);
            }
        }
    }

    private ParsedVerbFile finish() {
        PatternParser patterns = new PatternParser(synsets);
        List<VerbBlock> built =
                blocks.stream().map(b -> b.build(patterns, diagnostics)).toList();
        return new ParsedVerbFile(built, synsets.snapshot(), diagnostics.rendered(), lastUpdate);
    }

    private static String withoutComment(String text, String marker) {
        int at = text.indexOf(marker);
        return at < 0 ? text : text.substring(0, at);
    }
}
