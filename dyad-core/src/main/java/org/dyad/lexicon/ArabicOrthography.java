package org.dyad.lexicon;

import java.text.Normalizer;

/**
 * Arabic orthographic normalisation, so that a dictionary's words and a news text's tokens meet
 * whatever the writer or the lemmatiser did with the letters that Arabic spelling leaves optional.
 * It follows common Arabic IR practice (Lucene's ArabicNormalizer, after Larkey et al.): the short
 * vowels and other harakat (U+064B–U+0652), the superscript alef (U+0670) and the tatweel
 * (U+0640) are dropped; alef with madda, with hamza above or below, and alef wasla (آ أ إ ٱ) become
 * bare alef (ا); alef maqsura (ى) becomes yaa (ي) and taa marbuta (ة) becomes haa (ه), because news
 * text, especially Egyptian, writes final ي as ى and ة as ه, and lemmatisers differ in the same way.
 * The price is a few homographs: على "on" and the name علي, حماة "Hama" and حماه "his protectors". Text with no character of the Arabic block is
 * returned as it is, so Latin text is never changed.
 */
public final class ArabicOrthography {

    private static final char ALEF = '\u0627';
    private static final char YAA = '\u064A';
    private static final char HAA = '\u0647';

    private ArabicOrthography() {}

    /** {@code text} with its Arabic letters normalised (see the class comment); other characters are kept. */
    public static String normalize(String text) {
        if (!hasArabic(text)) {
            return text;
        }
        // Composed first, so an alef written as ا followed by a combining hamza (U+0654) is أ, then ا.
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            switch (c) {
                case '\u0622', '\u0623', '\u0625', '\u0671' -> out.append(ALEF);
                case '\u0649' -> out.append(YAA);
                case '\u0629' -> out.append(HAA);
                case '\u0640', '\u0670' -> {
                    // tatweel and superscript alef: dropped
                }
                default -> {
                    if (c < '\u064B' || c > '\u0652') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Whether {@code text} has a character of the Arabic block (U+0600–U+06FF). */
    public static boolean hasArabic(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') {
                return true;
            }
        }
        return false;
    }
}
