package org.dyad.coding.cameo.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.coding.cameo.CameoCodebook;
import org.dyad.coding.cameo.PatternElement;
import org.dyad.coding.cameo.Petrarch1Construct;
import org.dyad.coding.cameo.VerbPattern;
import org.dyad.lexicon.WordTable;

/**
 * Translates one pattern line of a PETRARCH-1 verb file, {@code - UPPER * LOWER [code] # comment},
 * into dyad's {@link VerbPattern}. Words joined by {@code _} are one phrase of consecutive words;
 * a word of the preposition list opens a {@code (PREP ...)} element that takes the elements after
 * it up to the next preposition; {@code $ + ^ %} are dyad's markers wherever they stand. Words
 * match as written or as a lemma, with no generated plural (UniversalPetrarch generates none for
 * this format). The comment is not kept: it names the English verb the pattern was translated
 * from, and dyad's coder reads a pattern's comment as the verb it was written for.
 */
public final class P1PatternParser {
    private static final String MARKERS = "$+%^";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'\\-]*");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    private final Map<String, List<List<String>>> synsets;
    private final WordTable prepositions;
    private final CameoCodebook codebook;

    /** A pattern read, and the constructs of it that dyad's model reads approximately. */
    public record Result(VerbPattern pattern, Set<Petrarch1Construct> constructs) {}

    /** One element of a side, or the start of a prepositional element (then {@code element} is null). */
    private record Item(PatternElement element, String preposition) {}

    public P1PatternParser(Map<String, List<List<String>>> synsets, WordTable prepositions, CameoCodebook codebook) {
        this.synsets = synsets;
        this.prepositions = prepositions;
        this.codebook = codebook;
    }

    /** The pattern on {@code text}, the line without its leading {@code -}. */
    public Result parse(String text, int line) throws P1Skipped {
        Set<Petrarch1Construct> found = EnumSet.noneOf(Petrarch1Construct.class);
        int hash = text.indexOf('#');
        String body = hash < 0 ? text : text.substring(0, hash);
        int open = body.indexOf('[');
        int close = open < 0 ? -1 : body.indexOf(']', open);
        if (close < 0) {
            throw new P1Skipped(Petrarch1Construct.NO_CODE, "pattern has no [code]");
        }
        String inside = body.substring(open + 1, close);
        CodeSpec code = CodeSpec.parse(inside)
                .orElseThrow(() -> new P1Skipped(
                        Petrarch1Construct.BAD_CODE, "pattern code [" + inside + "] is not a CAMEO code"));
        code = known(code, "pattern", codebook, found);
        if (!body.substring(close + 1).isBlank()) {
            found.add(Petrarch1Construct.TEXT_AFTER_CODE);
        }
        String elements = body.substring(0, open);
        long stars = elements.chars().filter(c -> c == '*').count();
        if (stars != 1) {
            throw new P1Skipped(Petrarch1Construct.STARS, "pattern needs one '*' for the verb, not " + stars);
        }
        int star = elements.indexOf('*');
        List<PatternElement> before = side(elements.substring(0, star), found);
        List<PatternElement> after = side(elements.substring(star + 1), found);
        if (before.stream().anyMatch(e -> !isMarker(e))) {
            found.add(Petrarch1Construct.WORDS_BEFORE_VERB);
        }
        if (before.size() > 1 || after.size() > 1) {
            found.add(Petrarch1Construct.ORDERED_ELEMENTS);
        }
        return new Result(new VerbPattern(before, after, code.code(), code.paired(), "", line), found);
    }

    /**
     * {@code code} with each part the codebook does not know, but would with a leading zero
     * ("36" for 036, "333" for 0333, as a spreadsheet writes them), given its zero back.
     */
    static CodeSpec known(CodeSpec code, String what, CameoCodebook codebook, Set<Petrarch1Construct> found)
            throws P1Skipped {
        List<Optional<String>> parts = new ArrayList<>();
        for (Optional<String> c : List.of(code.code(), code.paired())) {
            if (c.isEmpty() || codebook.isValid(c.get())) {
                parts.add(c);
            } else if (c.get().length() < 4 && codebook.isValid("0" + c.get())) {
                found.add(Petrarch1Construct.LEADING_ZERO);
                parts.add(Optional.of("0" + c.get()));
            } else {
                throw new P1Skipped(
                        Petrarch1Construct.BAD_CODE, "the CAMEO codebook does not know " + what + " code " + c.get());
            }
        }
        return new CodeSpec(parts.get(0), parts.get(1));
    }

    private List<PatternElement> side(String text, Set<Petrarch1Construct> found) throws P1Skipped {
        List<Item> items = new ArrayList<>();
        for (String token : text.strip().split("\\s+")) {
            List<String> pieces = pieces(token);
            if (pieces.size() > 1 && pieces.stream().anyMatch(P1PatternParser::isMarker)) {
                found.add(Petrarch1Construct.JOINED_MARKER);
            }
            List<String> run = new ArrayList<>();
            for (String piece : pieces) {
                if (isMarker(piece)) {
                    flush(run, items, found);
                    items.add(new Item(marker(piece.charAt(0), found), null));
                } else {
                    run.add(piece);
                }
            }
            flush(run, items, found);
        }
        List<PatternElement> out = new ArrayList<>();
        String preposition = null;
        List<PatternElement> objects = new ArrayList<>();
        for (Item item : items) {
            if (item.preposition() != null) {
                if (preposition != null) {
                    out.add(new PatternElement.Prep(preposition, objects));
                }
                preposition = item.preposition();
                objects = new ArrayList<>();
            } else if (preposition != null) {
                objects.add(item.element());
            } else {
                out.add(item.element());
            }
        }
        if (preposition != null) {
            out.add(new PatternElement.Prep(preposition, objects));
        }
        return out;
    }

    /** A token cut at its {@code _}s and around its markers: "EN_+" is "EN", "+"; "$PROTESTA" is "$", "PROTESTA". */
    private static List<String> pieces(String token) {
        List<String> pieces = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (char c : token.toCharArray()) {
            if (c == '_' || MARKERS.indexOf(c) >= 0) {
                if (word.length() > 0) {
                    pieces.add(word.toString());
                    word.setLength(0);
                }
                if (c != '_') {
                    pieces.add(String.valueOf(c));
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            pieces.add(word.toString());
        }
        return pieces;
    }

    /** Words joined in one token: a preposition that starts them opens a prepositional element. */
    private void flush(List<String> run, List<Item> items, Set<Petrarch1Construct> found) throws P1Skipped {
        if (run.isEmpty()) {
            return;
        }
        String first = run.get(0);
        List<String> rest = run;
        if (!first.startsWith("&") && prepositions.contains(first)) {
            String written = prepositions.value(first).filter(v -> !v.isEmpty()).orElse(first);
            if (!folded(written).equals(folded(first))) {
                found.add(Petrarch1Construct.CONTRACTION);
            }
            found.add(Petrarch1Construct.PREPOSITION);
            items.add(new Item(null, written.toUpperCase(Locale.ROOT)));
            rest = run.subList(1, run.size());
        }
        if (!rest.isEmpty()) {
            List<PatternElement> atoms = new ArrayList<>();
            for (String piece : rest) {
                atoms.add(atom(piece, found));
            }
            items.add(new Item(atoms.size() == 1 ? atoms.get(0) : new PatternElement.Phrase(atoms), null));
        }
        run.clear();
    }

    private PatternElement atom(String piece, Set<Petrarch1Construct> found) throws P1Skipped {
        if (piece.startsWith("&")) {
            String name = piece.substring(1).toUpperCase(Locale.ROOT);
            List<List<String>> phrases = synsets.get(name);
            if (phrases == null || phrases.isEmpty()) {
                throw new P1Skipped(Petrarch1Construct.UNDEFINED_SYNSET, "undefined synset " + piece);
            }
            if (phrases.stream().allMatch(p -> p.size() == 1 && prepositions.contains(p.get(0)))) {
                found.add(Petrarch1Construct.PREPOSITION_SYNSET);
            }
            return new PatternElement.SynsetRef(name, phrases);
        }
        if (!WORD.matcher(piece).matches()) {
            throw new P1Skipped(Petrarch1Construct.ODD_WORD, "pattern word '" + piece + "' has punctuation");
        }
        return new PatternElement.Word(piece.toUpperCase(Locale.ROOT), false);
    }

    private static PatternElement marker(char c, Set<Petrarch1Construct> found) {
        return switch (c) {
            case '$' -> new PatternElement.SourceMarker();
            case '+' -> new PatternElement.TargetMarker();
            case '^' -> {
                found.add(Petrarch1Construct.SKIP_MARKER);
                yield new PatternElement.Skip();
            }
            default -> {
                found.add(Petrarch1Construct.COMPOUND_MARKER);
                yield new PatternElement.CompoundMarker();
            }
        };
    }

    private static boolean isMarker(String piece) {
        return piece.length() == 1 && MARKERS.indexOf(piece.charAt(0)) >= 0;
    }

    private static boolean isMarker(PatternElement e) {
        return e instanceof PatternElement.SourceMarker
                || e instanceof PatternElement.TargetMarker
                || e instanceof PatternElement.Skip
                || e instanceof PatternElement.CompoundMarker;
    }

    /** Upper case without accents: "SEGÚN" and "SEGUN" are one preposition, "DEL" and "DE" are not. */
    private static String folded(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        return ACCENTS.matcher(Normalizer.normalize(upper, Normalizer.Form.NFD)).replaceAll("");
    }
}
