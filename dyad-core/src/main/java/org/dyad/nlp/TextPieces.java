package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Span;

/**
 * Cuts a long text into pieces an annotator can take one at a time, at line breaks where it can:
 * CoreNLP keeps every token of a document with all its annotations until the document is done,
 * about a kilobyte a token, so a 20 MB article in one piece needs more heap than a machine may
 * have. News puts one paragraph a line and a line break ends a sentence, so a cut there changes
 * nothing; a piece without a line break is cut at a space, and only a piece without either is
 * cut in the middle of a word.
 */
public final class TextPieces {
    private TextPieces() {}

    /** Consecutive spans covering all of {@code text}, none longer than {@code maxChars}. */
    public static List<Span> of(String text, int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException("piece size " + maxChars + " is below 2");
        }
        List<Span> out = new ArrayList<>();
        int start = 0;
        while (text.length() - start > maxChars) {
            int end = cut(text, start, start + maxChars);
            out.add(new Span(start, end));
            start = end;
        }
        out.add(new Span(start, text.length()));
        return out;
    }

    /** Where to end the piece that starts at {@code start}: after the last line break, else space, in its second half. */
    private static int cut(String text, int start, int limit) {
        int half = start + (limit - start) / 2;
        int newline = text.lastIndexOf('\n', limit - 1);
        if (newline >= half) {
            return newline + 1;
        }
        for (int i = limit - 1; i >= half; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        // Never between the two halves of a surrogate pair: the piece would not be valid text.
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}
