package org.dyad.eval.validation;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.eval.GoldFileException;
import org.dyad.model.Diagnostic;

/**
 * The reader of UniversalPetrarch validation records. The file is XML in spirit only: comments
 * nest ({@code <!-- ... <!-- ... --> ... -->}) and {@code <PLEvent {json}>} lines are not XML,
 * so an XML parser refuses it. This reader takes what the records need and passes over the rest:
 * comments (to the first {@code -->}, as XML would), {@code <Config>}, {@code <PLEvent>} and
 * {@code <Parse>}. In each {@code <Sentence category date id evaluate>} it reads the
 * {@code <EventCoding eventcode sourcecode targetcode/>} elements ({@code noevents="True"}: no
 * event; {@code error="..."}: a PETRARCH error; none at all: no event) and the {@code <Text>}.
 * A record it cannot use is a diagnostic, and the others are read.
 */
public final class ValidationReader {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?(?:-->|\\z)", Pattern.DOTALL);
    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\b([^>]*)>");
    private static final Pattern SENTENCE_END = Pattern.compile("</Sentence\\s*>");
    private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*)>");
    private static final Pattern TEXT = Pattern.compile("<Text\\s*>(.*?)</Text\\s*>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_][\\w.-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|quot|amp|lt|gt|apos);");

    /** The records read, in file order, and the problems met. */
    public record Result(List<ValidationRecord> records, List<Diagnostic> diagnostics) {
        public Result {
            records = List.copyOf(records);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private final String name;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private ValidationReader(String name) {
        this.name = name;
    }

    /** Reads the records at {@code file} (UTF-8). */
    public static Result read(Path file) {
        try {
            return read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new GoldFileException("validation records " + file + ": no such file", e);
        } catch (CharacterCodingException e) {
            throw new GoldFileException("validation records " + file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new GoldFileException("validation records " + file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads the records in {@code content}; {@code name} names the file in diagnostics and article origins. */
    public static Result read(String name, String content) {
        ValidationReader reader = new ValidationReader(name);
        List<ValidationRecord> records = reader.records(blankComments(content));
        if (records.isEmpty() && reader.diagnostics.isEmpty()) {
            throw new GoldFileException(name + ": no <Sentence> records: not a validation records file");
        }
        return new Result(records, reader.diagnostics);
    }

    /** The text with each comment replaced by its line breaks, so that line numbers stay right. */
    static String blankComments(String content) {
        Matcher m = COMMENT.matcher(content);
        StringBuilder out = new StringBuilder(content.length());
        while (m.find()) {
            m.appendReplacement(out, m.group().replaceAll("[^\\n]", ""));
        }
        m.appendTail(out);
        return out.toString();
    }

    private List<ValidationRecord> records(String content) {
        List<ValidationRecord> out = new ArrayList<>();
        Matcher start = SENTENCE.matcher(content);
        List<int[]> tags = new ArrayList<>();
        while (start.find()) {
            tags.add(new int[] {start.start(), start.end()});
        }
        int line = 1;
        int counted = 0;
        for (int i = 0; i < tags.size(); i++) {
            line += newlines(content, counted, tags.get(i)[0]);
            counted = tags.get(i)[0];
            int bodyEnd = i + 1 < tags.size() ? tags.get(i + 1)[0] : content.length();
            String body = content.substring(tags.get(i)[1], bodyEnd);
            Matcher end = SENTENCE_END.matcher(body);
            if (end.find()) {
                body = body.substring(0, end.start());
            } else {
                report(line, "no </Sentence> before the next record; read up to it");
            }
            record(attributes(content.substring(tags.get(i)[0], tags.get(i)[1])), body, line)
                    .ifPresent(out::add);
        }
        return out;
    }

    private Optional<ValidationRecord> record(Map<String, String> attrs, String body, int line) {
        String id = attrs.getOrDefault("id", "");
        Matcher text = TEXT.matcher(body);
        if (!text.find() || unescape(text.group(1)).isBlank()) {
            report(line, "record " + id + " has no <Text>; skipped");
            return Optional.empty();
        }
        Expected expected = expected(body, id, line);
        // Absent, "evaluate" counts as true: the file marks the records to pass over with evaluate="false".
        boolean evaluate = !attrs.getOrDefault("evaluate", "true").strip().equalsIgnoreCase("false");
        String sentence = unescape(text.group(1)).strip().replaceAll("\\s+", " ");
        return Optional.of(new ValidationRecord(
                id,
                attrs.getOrDefault("category", "(none)"),
                date(attrs.get("date"), id, line),
                evaluate,
                sentence,
                expected.kind(),
                expected.codings(),
                expected.error(),
                line));
    }

    /** What the {@code <EventCoding>} elements of a record expect. */
    private record Expected(
            ValidationRecord.Expectation kind, List<ValidationRecord.ExpectedCoding> codings, Optional<String> error) {}

    private Expected expected(String body, String id, int line) {
        List<ValidationRecord.ExpectedCoding> codings = new ArrayList<>();
        boolean noEvents = false;
        Optional<String> error = Optional.empty();
        Matcher coding = CODING.matcher(body);
        while (coding.find()) {
            Map<String, String> c = attributes(coding.group(1));
            if (c.containsKey("eventcode")) {
                codings.add(new ValidationRecord.ExpectedCoding(
                        c.get("eventcode").strip(),
                        c.getOrDefault("sourcecode", "---").strip(),
                        c.getOrDefault("targetcode", "---").strip()));
            } else if (c.containsKey("error")) {
                error = Optional.of(c.get("error"));
            } else if (c.getOrDefault("noevents", "").equalsIgnoreCase("true")) {
                noEvents = true;
            } else {
                report(line, "record " + id + ": an <EventCoding> with no eventcode, noevents or error is ignored");
            }
        }
        if (!codings.isEmpty() && (noEvents || error.isPresent())) {
            report(line, "record " + id + " expects codings and also no event or an error; the codings are scored");
        }
        ValidationRecord.Expectation kind = !codings.isEmpty()
                ? ValidationRecord.Expectation.CODINGS
                : error.isPresent() ? ValidationRecord.Expectation.ERROR : ValidationRecord.Expectation.NO_EVENT;
        return new Expected(kind, codings, codings.isEmpty() ? error : Optional.empty());
    }

    private Optional<LocalDate> date(String value, String id, int line) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip(), DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException e) {
            report(line, "record " + id + ": date '" + value + "' is not YYYYMMDD; coded without a date");
            return Optional.empty();
        }
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            out.put(m.group(1), unescape(m.group(2) != null ? m.group(2) : m.group(3)));
        }
        return out;
    }

    /** The text with XML's predefined and numeric character references replaced. */
    static String unescape(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String e = m.group(1);
            String c = switch (e) {
                case "quot" -> "\"";
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "apos" -> "'";
                default -> codePoint(e).map(Character::toString).orElse(m.group());
            };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The character a numeric reference ({@code #38}, {@code #x26}) names, if it names one. */
    private static Optional<Integer> codePoint(String reference) {
        try {
            int c = reference.startsWith("#x")
                    ? Integer.parseInt(reference.substring(2), 16)
                    : Integer.parseInt(reference.substring(1));
            return Character.isValidCodePoint(c) ? Optional.of(c) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int newlines(String content, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += content.charAt(i) == '\n' ? 1 : 0;
        }
        return n;
    }

    private void report(int line, String message) {
        diagnostics.add(new Diagnostic(name + ":" + line, message));
    }
}
