package org.dyad.actors.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dyad.actors.DatedCode;

/**
 * One line of a user actor file in dyad's simple format,
 * {@code NAME [| ALIAS ...] = CODE [FROM..TO] [patron=ISO3]}: its names as written (spaces
 * collapsed), its code with the dates it holds, and its patron.
 */
public record UserLine(List<String> names, DatedCode code, Optional<String> patron) {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final String PATRON = "patron=";
    private static final String RANGE = "..";

    public UserLine {
        names = List.copyOf(names);
    }

    /** The text of a line without its {@code #} comment and surrounding whitespace. */
    public static String content(String raw) {
        int hash = raw.indexOf('#');
        return (hash < 0 ? raw : raw.substring(0, hash)).strip();
    }

    /** Parses the content of a line; throws {@link MalformedLineException} saying why it is not one. */
    public static UserLine parse(String content) {
        int equals = content.indexOf('=');
        if (equals < 0) {
            throw new MalformedLineException("no '=' between the name and the code");
        }
        List<String> names = names(content.substring(0, equals));
        String[] words = SPACES.split(content.substring(equals + 1).strip());
        if (words[0].isEmpty()) {
            throw new MalformedLineException("no code after '='");
        }
        String code = DatedCodes.checkCode(words[0].toUpperCase(Locale.ROOT));
        return qualified(names, code, List.of(words).subList(1, words.length));
    }

    /** The line with the date range and patron that follow its code, each at most once. */
    private static UserLine qualified(List<String> names, String code, List<String> qualifiers) {
        DatedCode dated = DatedCode.undated(code);
        Optional<String> patron = Optional.empty();
        for (String word : qualifiers) {
            if (word.toLowerCase(Locale.ROOT).startsWith(PATRON)) {
                if (patron.isPresent()) {
                    throw new MalformedLineException("a second patron '" + word + "' on one line");
                }
                patron = Optional.of(patron(word.substring(PATRON.length())));
            } else if (word.contains(RANGE)) {
                if (dated.isDated()) {
                    throw new MalformedLineException("a second date range '" + word + "': write one line per range");
                }
                dated = range(code, word);
            } else {
                throw new MalformedLineException("'" + word + "' after the code is neither a date range like "
                        + "2015-01-01..2019-12-31 nor patron=ISO3");
            }
        }
        return new UserLine(names, dated, patron);
    }

    private static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        for (String part : text.split("\\|", -1)) {
            String name = SPACES.matcher(part.strip()).replaceAll(" ");
            if (name.isEmpty()) {
                throw new MalformedLineException(text.isBlank() ? "no name before '='" : "an empty name between '|'s");
            }
            Phrases.check(name);
            names.add(name);
        }
        return names;
    }

    private static String patron(String value) {
        String iso3 = value.toUpperCase(Locale.ROOT);
        if (!ISO3.matcher(iso3).matches()) {
            throw new MalformedLineException(
                    "patron '" + value + "' is not a three-letter country code (ISO 3166-1 alpha-3)");
        }
        return iso3;
    }

    private static DatedCode range(String code, String word) {
        int dots = word.indexOf(RANGE);
        Optional<LocalDate> from = date(word.substring(0, dots));
        Optional<LocalDate> to = date(word.substring(dots + RANGE.length()));
        if (from.isEmpty() && to.isEmpty()) {
            throw new MalformedLineException("date range '" + word + "' has neither a start nor an end");
        }
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new MalformedLineException("date range '" + word + "' ends before it starts");
        }
        return new DatedCode(code, from, to);
    }

    private static Optional<LocalDate> date(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw new MalformedLineException("date '" + text + "' is not a date like 2015-01-01");
        }
    }
}
