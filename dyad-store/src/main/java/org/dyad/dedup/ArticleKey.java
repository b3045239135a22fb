package org.dyad.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dyad.model.Article;

/**
 * The store's identity of an article: a hash of its normalised text and of its URL where it has
 * one. Normalising (Unicode NFKC, runs of white space made one space) makes the same story read
 * from a .txt file, a JSON line or a re-crawl the same article; a different URL makes it another
 * article, which near-duplicate detection then records as a copy.
 */
public final class ArticleKey {
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private ArticleKey() {}

    public static String of(Article article) {
        String url = article.url().map(u -> u.strip().toLowerCase(Locale.ROOT)).orElse("");
        return "k-" + sha256(normalise(article.text()) + "\u0000" + url);
    }

    /** The text with Unicode compatibility forms folded and white space collapsed, ends trimmed. */
    static String normalise(String text) {
        return SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC))
                .replaceAll(" ")
                .strip();
    }

    private static String sha256(String s) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e); // every Java platform has it
        }
    }
}
