package org.dyad.coding.cameo.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.coding.cameo.CameoCodebook;
import org.dyad.coding.cameo.Petrarch1Construct;
import org.dyad.coding.cameo.Petrarch1Verbs;
import org.dyad.coding.cameo.VerbBlock;
import org.dyad.coding.cameo.VerbDictionary;
import org.dyad.coding.cameo.VerbEntry;
import org.dyad.coding.cameo.VerbPattern;
import org.dyad.lexicon.WordTable;

/**
 * Reads a PETRARCH-1 verb file line by line, as UniversalPetrarch's reader does: {@code #} starts
 * a comment anywhere, a line starting {@code <!} is skipped; {@code &NAME} and its {@code +} lines
 * are a synset (no plurals generated); {@code --- NAME [CODE] ---} starts a block; {@code -} lines
 * are its patterns; other lines are its verbs, kept as written (no forms generated: Spanish verbs
 * are looked up by lemma), {@code {...}} adding forms and {@code +A_B} marking a multi-word verb.
 * Patterns are read once the whole file is, so they may use synsets defined after them.
 */
public final class P1FileParser {
    private static final Pattern HEADER =
            Pattern.compile("-{3,}\\s*([^\\[]*?)\\s*(?:\\[([^\\]]*)\\])?\\s*(?:-{3,}(.*))?");
    private static final Pattern WORDS = Pattern.compile("[_\\s]+");
    private static final Pattern INFINITIVE = Pattern.compile(".*(AR|ER|IR|ÍR)(SE)?");

    private enum Context {
        NONE,
        SYNSET,
        BLOCK,
        SKIPPED_BLOCK
    }

    private record PatternText(String text, int line) {}

    private record Block(String name, CodeSpec code, int line, List<VerbEntry> verbs, List<PatternText> patterns) {}

    private final String name;
    private final CameoCodebook codebook;
    private final WordTable prepositions;
    private final Diagnostics diagnostics;
    private final Map<String, Set<List<String>>> synsets = new LinkedHashMap<>();
    private final List<Block> blocks = new ArrayList<>();
    private final Map<Petrarch1Construct, Integer> constructs = new EnumMap<>(Petrarch1Construct.class);
    private Context context = Context.NONE;
    private String synset = "";

    private P1FileParser(String name, CameoCodebook codebook, WordTable prepositions) {
        this.name = name;
        this.codebook = codebook;
        this.prepositions = prepositions;
        this.diagnostics = new Diagnostics(name);
    }

    /** Reads {@code in}, named {@code name} in diagnostics; codes are checked against {@code codebook}. */
    public static Petrarch1Verbs parse(String name, Reader in, CameoCodebook codebook, WordTable prepositions) {
        P1FileParser parser = new P1FileParser(name, codebook, prepositions);
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        try {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                parser.read(line, ++number);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read verb dictionary " + name, e);
        }
        return parser.finish();
    }

    private void read(String raw, int line) {
        String text = raw.strip();
        if (text.startsWith("#") || text.startsWith("<!")) {
            return;
        }
        int hash = text.indexOf('#');
        String content = (hash < 0 ? text : text.substring(0, hash)).strip();
        if (content.isEmpty()) {
            return;
        }
        try {
            dispatch(content, text, line);
        } catch (P1Skipped e) {
            skipped(line, e);
        }
    }

    private void dispatch(String content, String text, int line) throws P1Skipped {
        if (content.startsWith("---")) {
            startBlock(content, line);
        } else if (content.startsWith("-")) {
            if (context == Context.SKIPPED_BLOCK) {
                return;
            }
            currentBlock("pattern").patterns().add(new PatternText(text.substring(1), line));
            context = Context.BLOCK; // a synset defined among the blocks has ended
        } else if (content.startsWith("&")) {
            if (content.split("\\s+").length > 1) {
                throw new P1Skipped(
                        Petrarch1Construct.STRAY_LINE,
                        "synset label '" + content + "' has more after it (a pattern without its '-'?)");
            }
            synset = content.substring(1).replaceAll("_+$", "").toUpperCase(Locale.ROOT);
            synsets.computeIfAbsent(synset, k -> new LinkedHashSet<>());
            context = Context.SYNSET;
        } else if (content.startsWith("+") && context == Context.SYNSET) {
            synsetPhrase(content.substring(1));
        } else if (context != Context.SKIPPED_BLOCK) {
            verb(content, line);
        }
    }

    private void startBlock(String content, int line) throws P1Skipped {
        context = Context.SKIPPED_BLOCK;
        Matcher m = HEADER.matcher(content);
        if (!m.matches() || m.group(1).isBlank()) {
            throw new P1Skipped(
                    Petrarch1Construct.STRAY_LINE, "block header has no name; its verbs and patterns are skipped too");
        }
        String inside = m.group(2) == null ? "---" : m.group(2);
        CodeSpec code = CodeSpec.parse(inside)
                .orElseThrow(() -> new P1Skipped(
                        Petrarch1Construct.BAD_CODE,
                        "block code [" + inside + "] is not a CAMEO code; its verbs and patterns are skipped too"));
        code = known(code, "block");
        if (m.group(3) != null && !m.group(3).isBlank()) {
            count(Set.of(Petrarch1Construct.BLOCK_HEADER_TAIL));
        }
        blocks.add(new Block(m.group(1), code, line, new ArrayList<>(), new ArrayList<>()));
        context = Context.BLOCK;
    }

    private void synsetPhrase(String text) throws P1Skipped {
        List<String> words = new ArrayList<>();
        for (String word : WORDS.split(text.strip().toUpperCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        if (words.isEmpty() || words.stream().anyMatch(w -> !Character.isLetterOrDigit(w.charAt(0)))) {
            throw new P1Skipped(
                    Petrarch1Construct.ODD_WORD, "synset phrase '" + text.strip() + "' of &" + synset + " skipped");
        }
        synsets.get(synset).add(List.copyOf(words));
    }

    private void verb(String content, int line) throws P1Skipped {
        Block block = currentBlock("verb");
        context = Context.BLOCK;
        VerbEntry entry;
        try {
            entry = VerbLineParser.parse(content, line, block.name()).entry();
        } catch (MalformedLineException e) {
            String words = content.replaceAll("\\[[^\\]]*\\]", "").strip();
            Petrarch1Construct why = words.contains(" ") && !words.contains("{")
                    ? Petrarch1Construct.VERB_WITH_SPACES
                    : Petrarch1Construct.BAD_VERB_LINE;
            throw new P1Skipped(why, e.getMessage());
        }
        boolean nullCode = entry.ownCode().filter(VerbEntry.NULL_CODE::equals).isPresent();
        CodeSpec own =
                known(new CodeSpec(nullCode ? Optional.empty() : entry.ownCode(), entry.ownPairedCode()), "verb");
        // Only the written form, unless {...} lists more: a parser's lemma of a Spanish verb is its infinitive.
        List<String> forms = content.contains("{") ? entry.forms() : List.of(entry.lemma());
        if (!own.equals(new CodeSpec(nullCode ? Optional.empty() : entry.ownCode(), entry.ownPairedCode()))
                || !content.contains("{")) {
            entry = new VerbEntry(
                    entry.lemma(),
                    forms,
                    entry.before(),
                    entry.after(),
                    nullCode ? entry.ownCode() : own.code(),
                    entry.blockName(),
                    entry.line(),
                    own.paired());
        }
        if (!INFINITIVE.matcher(entry.lemma()).matches()) {
            count(Set.of(Petrarch1Construct.NOT_INFINITIVE));
        } else if (entry.lemma().endsWith("SE")) {
            count(Set.of(Petrarch1Construct.REFLEXIVE_INFINITIVE));
        }
        block.verbs().add(entry);
    }

    private Block currentBlock(String what) throws P1Skipped {
        if (blocks.isEmpty() || context == Context.NONE) {
            throw new P1Skipped(Petrarch1Construct.STRAY_LINE, what + " line outside any verb block");
        }
        return blocks.get(blocks.size() - 1);
    }

    /** {@code code} as the codebook knows it (see {@link P1PatternParser#known}), the restoring counted. */
    private CodeSpec known(CodeSpec code, String what) throws P1Skipped {
        Set<Petrarch1Construct> found = EnumSet.noneOf(Petrarch1Construct.class);
        CodeSpec known = P1PatternParser.known(code, what, codebook, found);
        count(found);
        return known;
    }

    private Petrarch1Verbs finish() {
        Map<String, List<List<String>>> table = new LinkedHashMap<>();
        synsets.forEach((label, phrases) -> table.put(label, List.copyOf(phrases)));
        P1PatternParser patterns = new P1PatternParser(table, prepositions, codebook);
        List<VerbBlock> built = new ArrayList<>();
        for (Block b : blocks) {
            List<VerbPattern> read = new ArrayList<>();
            for (PatternText p : b.patterns()) {
                try {
                    P1PatternParser.Result r = patterns.parse(p.text(), p.line());
                    read.add(r.pattern());
                    count(r.constructs());
                } catch (P1Skipped e) {
                    skipped(p.line(), e);
                }
            }
            built.add(new VerbBlock(
                    b.name(),
                    b.code().code(),
                    b.verbs(),
                    read,
                    b.line(),
                    b.code().paired(),
                    Optional.of(name)));
        }
        table.values().removeIf(List::isEmpty);
        VerbDictionary dictionary = new VerbDictionary(name, built, table, diagnostics.rendered());
        return new Petrarch1Verbs(dictionary, constructs);
    }

    private void skipped(int line, P1Skipped e) {
        count(Set.of(e.construct()));
        diagnostics.add(line, e.getMessage() + "; line skipped");
    }

    private void count(Set<Petrarch1Construct> found) {
        found.forEach(c -> constructs.merge(c, 1, Integer::sum));
    }
}
