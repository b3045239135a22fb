package org.dyad.format.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Makes the id of an article that has none: "a-" and the first 16 hex digits of the SHA-256 of
 * its text (UTF-8), so the same text gets the same id whichever file or format it came from.
 */
public final class ArticleIds {

    private ArticleIds() {}

    public static String ofText(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "a-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256, so this is a broken runtime.
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
