package org.dyad.format;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The input formats dyad reads articles from: plain text, an HTML page, or JSON Lines. */
public enum Format {
    TEXT,
    HTML,
    JSONL;

    private static final Pattern HTML_TAG = Pattern.compile("(?i)<(!doctype\\s+html|html|body|p)[\\s>/]");

    /** The format a file name's extension says, or empty for unknown extensions. */
    public static Optional<Format> byExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        if (dot < 0 || dot < lower.lastIndexOf('/')) {
            return Optional.empty();
        }
        return switch (lower.substring(dot + 1)) {
            case "txt", "text" -> Optional.of(TEXT);
            case "html", "htm", "xhtml" -> Optional.of(HTML);
            case "jsonl", "ndjson", "json" -> Optional.of(JSONL);
            default -> Optional.empty();
        };
    }

    /**
     * The format the start of a text looks like: JSON Lines if it starts with "{", HTML if it
     * has an html, body or p tag, else plain text.
     */
    public static Format sniff(String head) {
        String start = head.stripLeading();
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1).stripLeading();
        }
        if (start.startsWith("{")) {
            return JSONL;
        }
        return HTML_TAG.matcher(start).find() ? HTML : TEXT;
    }
}
