package org.dyad.coding.cameo.internal;

import java.util.List;
import org.dyad.coding.cameo.PatternElement;
import org.dyad.coding.cameo.VerbPattern;

/**
 * Reads one pattern line of a verb block, {@code - before * after [code] # comment}, resolving
 * its synsets against the dictionary's synset table.
 */
public final class PatternParser {

    private final ElementParser elements;

    public PatternParser(SynsetTable synsets) {
        this.elements = new ElementParser(synsets);
    }

    /**
     * The pattern on {@code text}: the line without its leading {@code -}, comment included
     * (everything after {@code #} becomes the pattern's comment).
     */
    public VerbPattern parse(String text, int line) throws MalformedLineException {
        int hash = text.indexOf('#');
        String comment = hash < 0 ? "" : text.substring(hash + 1).strip();
        String body = hash < 0 ? text : text.substring(0, hash);
        int open = body.lastIndexOf('[');
        int close = body.lastIndexOf(']');
        if (open < 0 || close < open || !body.substring(close + 1).isBlank()) {
            throw new MalformedLineException("pattern does not end with a [code]");
        }
        String inside = body.substring(open + 1, close);
        CodeSpec code = CodeSpec.parse(inside)
                .orElseThrow(() -> new MalformedLineException("pattern code [" + inside + "] is not a CAMEO code"));
        String elementsText = body.substring(0, open);
        int star = elementsText.indexOf('*');
        if (star < 0 || elementsText.indexOf('*', star + 1) >= 0) {
            throw new MalformedLineException("pattern needs exactly one * for the verb");
        }
        List<PatternElement> before = elements.parse(elementsText.substring(0, star));
        List<PatternElement> after = elements.parse(elementsText.substring(star + 1));
        return new VerbPattern(before, after, code.code(), code.paired(), comment, line);
    }
}
