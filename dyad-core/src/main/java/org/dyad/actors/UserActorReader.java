package org.dyad.actors;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dyad.actors.internal.ActorFileParser;
import org.dyad.actors.internal.DictionaryLines;
import org.dyad.actors.internal.UserFileParser;

/**
 * The reader of a user's own actor files: dyad's simple format
 * ({@code Suheil al-Hassan | Tiger Forces commander = SYRMIL 2015-01-01..2019-12-31 patron=RUS},
 * see {@code docs/dictionaries.md}) or, when a line carries a bracketed code such as
 * {@code [SYRMIL]} and no {@code =}, the Phoenix actor format, into an {@link ActorDictionary}.
 * Lines it cannot read are skipped and reported as "file:line: why" in the dictionary's
 * diagnostics; only a file that cannot be read throws.
 */
public final class UserActorReader {
    // "[SYRMIL]", "[IRNGOV >20130804]", "[---]": how a Phoenix code looks. Simple-format lines
    // always have an '=', which Phoenix lines never have, so a bracket in a name does not count.
    private static final Pattern PHOENIX_CODE = Pattern.compile("\\[\\s*([A-Z0-9]+|---)(\\s[^\\]]*)?\\]");

    /**
     * Reads {@code file} as UTF-8; sources and diagnostics name it as given ("my/actors.txt:3").
     *
     * @throws UncheckedIOException when the file is missing, unreadable or not UTF-8
     */
    public ActorDictionary read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw unreadable(file, e);
        } catch (UncheckedIOException e) {
            throw unreadable(file, e.getCause());
        }
    }

    /** Reads one dictionary from {@code in}; {@code name} names it in sources and diagnostics. */
    public ActorDictionary read(String name, Reader in) {
        List<String> lines = new ArrayList<>(DictionaryLines.readAll(name, in));
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1)); // editors on Windows start UTF-8 files with a byte-order mark
        }
        if (isPhoenix(lines)) {
            ActorFileParser parser = new ActorFileParser(name);
            for (int i = 0; i < lines.size(); i++) {
                parser.line(i + 1, lines.get(i));
            }
            return parser.finish();
        }
        UserFileParser parser = new UserFileParser(name);
        for (int i = 0; i < lines.size(); i++) {
            parser.line(i + 1, lines.get(i));
        }
        return parser.finish();
    }

    /** Whether the lines are in the Phoenix format: some line, outside comments, has a bracketed code and no '='. */
    public static boolean isPhoenix(List<String> lines) {
        return lines.stream().map(DictionaryLines::content)
                .anyMatch(l -> l.indexOf('=') < 0 && PHOENIX_CODE.matcher(l).find());
    }

    private static UncheckedIOException unreadable(Path file, IOException e) {
        String why = e instanceof NoSuchFileException ? "no such file"
                : e instanceof AccessDeniedException ? "permission denied"
                : e instanceof CharacterCodingException ? "not UTF-8 text"
                : String.valueOf(e.getMessage());
        return new UncheckedIOException("cannot read actor dictionary " + file + ": " + why, e);
    }
}
