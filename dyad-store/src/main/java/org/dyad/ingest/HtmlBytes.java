package org.dyad.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a web page's bytes: by the charset the HTTP header names, else the one the page's
 * own meta tag names, else UTF-8. Bytes that do not fit become replacement characters: a page
 * from a crawl is read as well as it can be, not refused.
 */
final class HtmlBytes {
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");

    private HtmlBytes() {}

    static String decode(byte[] bytes, Optional<String> headerCharset) {
        Charset charset = headerCharset
                .flatMap(HtmlBytes::charset)
                .or(() -> metaCharset(bytes))
                .orElse(StandardCharsets.UTF_8);
        return new String(bytes, charset);
    }

    private static Optional<Charset> metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charset(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> charset(String name) {
        try {
            return Optional.of(Charset.forName(name.strip()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
