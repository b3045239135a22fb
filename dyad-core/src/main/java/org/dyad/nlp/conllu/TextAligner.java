package org.dyad.nlp.conllu;

import java.text.Normalizer;
import java.util.Locale;
import org.dyad.model.Span;

/**
 * Finds a parse's surface tokens in the text it was made from, left to right. A parser's token
 * is not always the text's: UniversalPetrarch's Spanish parses have their accents taken off
 * ("Catolica" for "Católica", by unidecode), its Arabic ones come from a segmenter that splits
 * clitics and may restore a letter the text elides ("ل" + "الاحتجاج" for "للاحتجاج"). So a
 * token is looked for, in order: as it is, after folding both sides (accents and other marks
 * off, lower case, quotes and dashes made plain); further on, past punctuation the parser
 * dropped; by edit distance (at most a third of the token's letters differ, none of a token
 * shorter than three); and, for a token of four letters or more, further on past any text up to
 * {@value #FAR} characters (a record's text may open with a dateline its parse lacks). A token found none of these ways (a parser may add words: UDPipe's Spanish GSD model
 * sometimes writes "de el" twice for one "del") gets an empty span where the search stood.
 */
public final class TextAligner {
    /** How a token was found. */
    public enum Match {
        EXACT,
        FOLDED,
        SKIPPED,
        FUZZY,
        NONE
    }

    /** Where a token was found and how. */
    public record Found(Span span, Match match) {}

    /** How far past the search point a token of four letters or more may be found whole. */
    private static final int FAR = 100;

    private final String text;
    private final String folded;
    /** For each character of {@link #folded}, the index in {@link #text} of the character it comes from. */
    private final int[] origin;

    private int at;

    public TextAligner(String text) {
        this.text = text;
        StringBuilder f = new StringBuilder(text.length());
        int[] o = new int[text.length() * 3 + 1];
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            for (char c : fold(cp).toCharArray()) {
                o[f.length()] = i;
                f.append(c);
            }
            i += Character.charCount(cp);
        }
        o[f.length()] = text.length();
        this.folded = f.toString();
        this.origin = o;
    }

    /** The text folded as tokens are: marks off, lower case, typographic quotes and dashes made plain. */
    public static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.append(fold(cp)));
        return out.toString();
    }

    private static String fold(int cp) {
        switch (cp) {
            case '«', '»', '“', '”', '„', '″' -> {
                return "\"";
            }
            case '‘', '’', '‚', '′', '`', '´' -> {
                return "'";
            }
            case '–', '—', '‐', '‑', '−' -> {
                return "-";
            }
            case '…' -> {
                return "...";
            }
            case '\u00a0', '\u200f', '\u200e' -> {
                return Character.isSpaceChar(cp) ? " " : "";
            }
            case 'ـ' -> {
                return ""; // tatweel, a stretch of the line, no letter
            }
            default -> {
                String d = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFD);
                StringBuilder out = new StringBuilder(d.length());
                d.codePoints()
                        .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                        .forEach(out::appendCodePoint);
                return out.toString().toLowerCase(Locale.ROOT);
            }
        }
    }

    /** Finds the next token, written {@code form}, after the last one found. */
    public Found next(String form) {
        String want = fold(form).replaceAll("\\s+", "");
        int p = skipSpace(at);
        if (want.isEmpty()) {
            return new Found(new Span(origin[p], origin[p]), Match.NONE);
        }
        if (folded.startsWith(want, p)) {
            Match how = text.startsWith(form, origin[p]) ? Match.EXACT : Match.FOLDED;
            return take(p, p + want.length(), how);
        }
        int later = folded.indexOf(want, p);
        if (later > p && noLetters(p, later)) {
            return take(later, later + want.length(), Match.SKIPPED);
        }
        int end = fuzzyEnd(want, p);
        if (end > p) {
            return take(p, end, Match.FUZZY);
        }
        if (later > p && want.length() >= 4 && later - p <= FAR) {
            return take(later, later + want.length(), Match.SKIPPED);
        }
        return new Found(new Span(origin[p], origin[p]), Match.NONE);
    }

    private Found take(int from, int to, Match how) {
        at = to;
        return new Found(
                new Span(origin[from], origin[to - 1] + Character.charCount(text.codePointAt(origin[to - 1]))), how);
    }

    private boolean noLetters(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(folded.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private int skipSpace(int p) {
        while (p < folded.length() && Character.isWhitespace(folded.charAt(p))) {
            p++;
        }
        return p;
    }

    /**
     * The end of the stretch of folded text from {@code p} closest to {@code want} by edit
     * distance, if it is close enough (a third of the token's length); -1 if not.
     * Of equally close ends the one at a space or the end of the text wins, then the longest.
     */
    private int fuzzyEnd(String want, int p) {
        int n = want.length();
        int limit = n / 3;
        if (limit == 0) {
            return -1;
        }
        int m = Math.min(folded.length() - p, n + limit);
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            for (int j = 1; j <= m; j++) {
                int cost = want.charAt(i - 1) == folded.charAt(p + j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        int best = -1;
        int bestScore = Integer.MAX_VALUE;
        for (int j = 1; j <= m; j++) {
            int end = p + j;
            boolean boundary = end == folded.length() || Character.isWhitespace(folded.charAt(end));
            int score = prev[j] * 2 + (boundary ? 0 : 1);
            if (prev[j] <= limit && score <= bestScore) {
                best = end;
                bestScore = score;
            }
        }
        return best;
    }
}
