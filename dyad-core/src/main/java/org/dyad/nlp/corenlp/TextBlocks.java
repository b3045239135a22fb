package org.dyad.nlp.corenlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a long text is cut into blocks that CoreNLP annotates one at a time: at line breaks
 * where it can, which end a sentence anyway, else at a space, else anywhere but inside a
 * surrogate pair. CoreNLP keeps a heavy object for every token of a document until it is done
 * with all of them; one block at a time keeps a 20 MB article within a few hundred MB.
 */
final class TextBlocks {
    private TextBlocks() {
    }

    /** A block: characters {@code start} (inclusive) to {@code end} (exclusive) of the text. */
    record Block(int start, int end) {
    }

    /** Contiguous blocks covering all of {@code text}, none longer than {@code maxChars} (at least 2). */
    static List<Block> of(String text, int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException("block size " + maxChars + " is below 2");
        }
        List<Block> blocks = new ArrayList<>();
        int start = 0;
        while (text.length() - start > maxChars) {
            int end = cut(text, start, start + maxChars);
            blocks.add(new Block(start, end));
            start = end;
        }
        if (start < text.length() || blocks.isEmpty()) {
            blocks.add(new Block(start, text.length()));
        }
        return blocks;
    }

    /** The end of a block that starts at {@code start} and may end no later than {@code limit}. */
    private static int cut(String text, int start, int limit) {
        int lineEnd = text.lastIndexOf('\n', limit - 1);
        if (lineEnd >= start) {
            return lineEnd + 1;
        }
        // A line this long is no paragraph; cutting it between words makes one sentence break more.
        for (int i = limit - 1; i > start + (limit - start) / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        boolean splitsPair = Character.isHighSurrogate(text.charAt(limit - 1)) && Character.isLowSurrogate(text.charAt(limit));
        return splitsPair ? limit - 1 : limit;
    }
}
