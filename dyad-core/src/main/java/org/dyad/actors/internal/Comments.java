package org.dyad.actors.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comment state of reading one Phoenix dictionary file line by line. Besides the {@code #}
 * and {@code ;} tails of {@link DictionaryLines#content}, PETRARCH skips a line that starts with
 * {@code #} or {@code ;}, and XML-style comments ({@code <!-- ... -->}, also written
 * {@code <! -- ... -->}) within a line or over several lines. HTML escapes ({@code &AMP;}) are
 * read as the characters they stand for first.
 */
public final class Comments {
    // PETRARCH skips every line starting "<!"; the validation files write "<! --" once.
    private static final Pattern OPEN = Pattern.compile("<!\\s*--");
    private static final String CLOSE = "-->";
    private static final Pattern ESCAPE = Pattern.compile("&(amp|quot|apos|#0*39);", Pattern.CASE_INSENSITIVE);

    private final String file;
    private int openedAt;

    public Comments(String file) {
        this.file = file;
    }

    /**
     * The content of line {@code number}: comments cut off and surrounding whitespace stripped,
     * empty for a blank line; no content at all when the line is only comment. Such a line is to
     * be read as if it were not there: a commented-out code line ("#\t[HOBGOV 950601-990815]")
     * or a note between two lines of one entry does not end the entry.
     */
    public Optional<String> content(int number, String rawLine) {
        String raw = unescaped(rawLine);
        String rest = raw;
        if (openedAt > 0) {
            int close = raw.indexOf(CLOSE);
            if (close < 0) {
                return Optional.empty();
            }
            openedAt = 0;
            rest = raw.substring(close + CLOSE.length());
        } else if (raw.startsWith("#") || raw.startsWith(";")) {
            return Optional.empty();
        }
        String kept = outsideMarkup(number, rest);
        String text = DictionaryLines.content(kept);
        boolean commented = !kept.equals(raw);
        return commented && text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /**
     * {@code text} without its markup comments; one that is not closed on this line opens a
     * comment that goes on. A {@code <!--} after a {@code #} or {@code ;} is inside that comment.
     */
    private String outsideMarkup(int number, String text) {
        StringBuilder kept = new StringBuilder();
        String rest = text;
        while (true) {
            Matcher open = OPEN.matcher(rest);
            int tail = commentTail(rest);
            if (!open.find() || (tail >= 0 && tail < open.start())) {
                return kept.append(rest).toString();
            }
            kept.append(rest, 0, open.start());
            int close = rest.indexOf(CLOSE, open.end());
            if (close < 0) {
                openedAt = number;
                return kept.toString();
            }
            rest = rest.substring(close + CLOSE.length());
        }
    }

    /** The diagnostic for a {@code <!--} still open at the end of the file, if one is. */
    public Optional<String> unclosed() {
        return openedAt == 0
                ? Optional.empty()
                : Optional.of(
                        file + ":" + openedAt + ": '<!--' is not closed by '-->': the rest of the file is a comment");
    }

    /**
     * {@code line} with the HTML escapes that the Spanish actor file kept from the web pages its
     * names came from ("GENESEE_&AMP;_WYOMING_", "MACY&#039;S") written as the characters they
     * stand for: otherwise their ';' and '#' would cut the line as comments.
     */
    private static String unescaped(String line) {
        if (line.indexOf('&') < 0) {
            return line;
        }
        Matcher m = ESCAPE.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            String c = name.equals("amp") ? "&" : name.equals("quot") ? "\"" : "'";
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        return m.appendTail(out).toString();
    }

    private static int commentTail(String text) {
        int hash = text.indexOf('#');
        int semicolon = text.indexOf(';');
        if (hash < 0 || semicolon < 0) {
            return Math.max(hash, semicolon);
        }
        return Math.min(hash, semicolon);
    }
}
