package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.dyad.model.Span;

/**
 * The words of CoreNLP's Arabic segmenter as dyad writes them: each clitic piece in the text's own
 * spelling where the segmenter only normalised it, and the span of the whole written word.
 */
final class ArabicWords {
    private ArabicWords() {}

    /** {@code text} without short vowels and other marks, tatweel, or hamza on alif: the segmenter's spelling. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isMark(c) || c == 'ـ') {
                continue;
            }
            out.append(c == 'أ' || c == 'إ' || c == 'آ' || c == 'ٱ' ? 'ا' : c);
        }
        return out.toString();
    }

    /** {@code text} without short vowels and other marks, hamza kept. */
    static String unvocalised(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isMark(c) && c != 'ـ') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isMark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670';
    }

    /**
     * The form of piece {@code l}: as the text writes it ("آلاف") where the segmenter only took
     * marks or hamza off ("الاف"); the segmenter's where it restored a letter the text elides
     * ("الاحتجاج" of "للاحتجاج").
     */
    static String form(CoreLabel l) {
        String original = l.originalText();
        String segmented = l.word();
        if (original != null && !original.isEmpty() && normalise(original).equals(normalise(segmented))) {
            return original;
        }
        return segmented;
    }

    /**
     * The span of each piece among {@code labels}: the whole written word it was split from, that
     * is, the run of pieces that touch one another with letters on both sides ("و" and "قال" of
     * "وقال" both span "وقال"); punctuation next to a word keeps its own.
     */
    static Span[] spans(List<CoreLabel> labels, int offset) {
        Span[] out = new Span[labels.size()];
        int i = 0;
        while (i < labels.size()) {
            int end = i + 1;
            while (end < labels.size()
                    && labels.get(end).beginPosition() == labels.get(end - 1).endPosition()
                    && hasLetter(labels.get(end - 1))
                    && hasLetter(labels.get(end))) {
                end++;
            }
            Span whole = new Span(
                    offset + labels.get(i).beginPosition(),
                    offset + labels.get(end - 1).endPosition());
            for (int k = i; k < end; k++) {
                out[k] = whole;
            }
            i = end;
        }
        return out;
    }

    private static boolean hasLetter(CoreLabel l) {
        String text = l.originalText() != null ? l.originalText() : l.word();
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
