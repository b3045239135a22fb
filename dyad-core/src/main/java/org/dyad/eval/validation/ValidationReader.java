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
 * The reader of UniversalPetrarch validation records, English, Spanish and Arabic. The files are
 * XML in spirit only, so a pre-pass ({@link RecordRepairs}) first repairs what is broken (nested
 * comments, {@code <PLEvent {json}>} lines, self-closed {@code <Sentence/>} tags, unclosed roots,
 * bare {@code &} and {@code <}), one diagnostic per kind of repair with its count. Then each
 * {@code <Sentence category date id evaluate>} record is checked to be well-formed XML on its own
 * (one that is not is a diagnostic and skipped, the others are read) and read: its
 * {@code <EventCoding>} elements ({@link ExpectedCodings}; {@code noevents="True"}: no event;
 * {@code error="..."}: a PETRARCH error; none at all: no event), its {@code <Text>} and its
 * {@code <Parse>}, a CoNLL-U block. The {@code <Include>} of the {@code <Environment>} names the
 * categories UniversalPetrarch's script evaluated. {@code <Config>} is passed over.
 */
public final class ValidationReader {
    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\b([^>]*)>");
    private static final Pattern SENTENCE_END = Pattern.compile("</Sentence\\s*>");
    private static final Pattern ENCLOSING_END = Pattern.compile("</(?:Sentences|Validation)\\s*>");
    private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*)>");
    private static final Pattern TEXT = Pattern.compile("<Text\\s*>(.*?)</Text\\s*>", Pattern.DOTALL);
    private static final Pattern PARSE = Pattern.compile("<Parse\\s*>(.*?)</Parse\\s*>", Pattern.DOTALL);
    private static final Pattern INCLUDE = Pattern.compile(
            "<Environment\\s*>.*?<Include\\s*>(.*?)</Include\\s*>.*?</Environment\\s*>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_][\\w.-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|quot|amp|lt|gt|apos);");

    /**
     * The records read, in file order, the problems met and the categories the file's
     * {@code <Include>} names (empty: the file names none, so all).
     */
    public record Result(List<ValidationRecord> records, List<Diagnostic> diagnostics, List<String> include) {
        public Result {
            records = List.copyOf(records);
            diagnostics = List.copyOf(diagnostics);
            include = List.copyOf(include);
        }

        public Result(List<ValidationRecord> records, List<Diagnostic> diagnostics) {
            this(records, diagnostics, List.of());
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
        RecordRepairs.Repaired repaired = RecordRepairs.repair(content);
        repaired.repairs().forEach((kind, n) -> reader.report(0, "repaired " + n + " x " + kind));
        List<ValidationRecord> records = reader.records(repaired.content());
        if (records.isEmpty() && reader.diagnostics.size() == repaired.repairs().size()) {
            throw new GoldFileException(name + ": no <Sentence> records: not a validation records file");
        }
        Matcher include = INCLUDE.matcher(repaired.content());
        List<String> categories =
                include.find() ? List.of(unescape(include.group(1)).strip().split("\\s+")) : List.of();
        return new Result(records, reader.diagnostics, categories.equals(List.of("")) ? List.of() : categories);
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
                body = ENCLOSING_END.matcher(body).replaceAll("");
            }
            String open = content.substring(tags.get(i)[0], tags.get(i)[1]);
            Map<String, String> attrs = attributes(open);
            Optional<String> broken = WellFormed.problem(open + body + "</Sentence>");
            if (broken.isPresent()) {
                report(
                        line,
                        "record " + attrs.getOrDefault("id", "") + " is not well-formed XML after the repairs ("
                                + broken.get() + "); skipped");
                continue;
            }
            record(attrs, body, line).ifPresent(out::add);
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
        Matcher parse = PARSE.matcher(body);
        Optional<String> conllu = parse.find() && !parse.group(1).isBlank()
                ? Optional.of(unescape(parse.group(1)).strip())
                : Optional.empty();
        return Optional.of(new ValidationRecord(
                id,
                attrs.getOrDefault("category", "(none)"),
                date(attrs.get("date"), id, line),
                evaluate,
                sentence,
                expected.kind(),
                expected.codings(),
                expected.error(),
                line,
                conllu));
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
                codings.add(ExpectedCodings.of(c));
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

    /** A diagnostic at {@code line} of the file, or of the whole file for line 0. */
    private void report(int line, String message) {
        diagnostics.add(new Diagnostic(line == 0 ? name : name + ":" + line, message));
    }
}
