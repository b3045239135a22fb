package org.dyad.actors.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.AgentDictionary;
import org.dyad.actors.AgentEntry;

/**
 * The line-by-line state of reading one Phoenix agents file: substitution sets
 * ({@code !PERSON! = MAN, MEN}) and agent lines ({@code phrase {plural} [~CODE]}), expanded into
 * one {@link AgentEntry} per form.
 */
public final class AgentFileParser {
    private static final Pattern MARKER = Pattern.compile("![A-Z0-9_]+!");
    private static final Pattern SEPARATORS = Pattern.compile("[_\\s]+");
    private static final Pattern SEPARATOR_EDGES = Pattern.compile("^[_\\s]+|[_\\s]+$");

    private final String file;
    private final Comments comments;
    private final Map<String, List<String>> substitutions = new LinkedHashMap<>();
    private final List<AgentEntry> entries = new ArrayList<>();
    private final List<String> diagnostics = new ArrayList<>();
    private int lineNumber;

    private record Code(String code, boolean prefix) {}

    public AgentFileParser(String file) {
        this.file = file;
        this.comments = new Comments(file);
    }

    public void line(int number, String raw) {
        lineNumber = number;
        String text = comments.content(number, raw).orElse("");
        try {
            if (text.startsWith("!") && text.contains("=")) {
                substitution(text);
            } else if (!text.isEmpty()) {
                agent(text);
            }
        } catch (MalformedLineException e) {
            diagnostics.add(file + ":" + number + ": " + e.getMessage());
        }
    }

    public AgentDictionary finish() {
        comments.unclosed().ifPresent(diagnostics::add);
        return new AgentDictionary(entries, diagnostics);
    }

    private void substitution(String text) {
        int equals = text.indexOf('=');
        // The Spanish file joins the parts of a definition with '_' as it joins words
        // ("!PERSONA!_=_HOMBRE,_MUJER"): those around the name are not part of it.
        String marker = SEPARATOR_EDGES
                .matcher(text.substring(0, equals))
                .replaceAll("")
                .toUpperCase(Locale.ROOT);
        if (!MARKER.matcher(marker).matches()) {
            throw new MalformedLineException("substitution set name '" + marker + "' is not of the form !NAME!");
        }
        List<String> items = Arrays.stream(text.substring(equals + 1).split(","))
                .map(item -> Phrases.normalize(item).replace(" ", ""))
                .filter(item -> !item.isEmpty())
                .toList();
        if (items.isEmpty()) {
            throw new MalformedLineException("substitution set " + marker + " has no items");
        }
        substitutions.put(marker, items);
    }

    private void agent(String text) {
        int bracket = text.indexOf('[');
        if (bracket < 0) {
            throw new MalformedLineException("agent line '" + text + "' has no [code]");
        }
        Code code = code(text.substring(bracket));
        String head = text.substring(0, bracket);
        int brace = head.indexOf('{');
        String phrase = Phrases.normalize(brace < 0 ? head : head.substring(0, brace));
        Phrases.check(phrase);
        Set<List<String>> forms = new LinkedHashSet<>();
        boolean substituted = MARKER.matcher(phrase).find();
        for (String expanded : expand(phrase)) {
            forms.add(words(expanded));
            if (brace >= 0) {
                forms.addAll(explicitPlurals(head.substring(brace)));
            } else if (!substituted && !expanded.endsWith("_")) {
                forms.add(regularPlural(words(expanded)));
            }
        }
        String source = file + ":" + lineNumber;
        forms.forEach(words -> entries.add(new AgentEntry(words, code.code(), code.prefix(), source)));
    }

    private Code code(String bracketed) {
        Brackets brackets = Brackets.scan(bracketed, "]}");
        if (brackets.contents().size() != 1) {
            throw new MalformedLineException(
                    "expected one [code], found " + brackets.contents().size());
        }
        if (!brackets.rest().isEmpty()) {
            diagnostics.add(file + ":" + lineNumber + ": text after the code ignored: '" + brackets.rest() + "'");
        }
        String content = brackets.contents().get(0).toUpperCase(Locale.ROOT);
        boolean prefix = content.endsWith("~") && !content.startsWith("~");
        String bare = prefix ? content.substring(0, content.length() - 1) : content.replaceFirst("^~", "");
        if (bare.equals(content) || !bare.matches("[A-Z0-9]+")) {
            throw new MalformedLineException("agent code '" + content + "' is not ~CODE or CODE~");
        }
        return new Code(bare, prefix);
    }

    /** The forms inside "{...}": none for "{}", else each space-separated plural phrase. */
    private List<List<String>> explicitPlurals(String braced) {
        int close = braced.indexOf('}');
        if (close < 0) {
            throw new MalformedLineException("'{' without '}' in '" + braced + "'");
        }
        List<List<String>> plurals = new ArrayList<>();
        for (String plural : braced.substring(1, close).strip().split("\\s+")) {
            if (!plural.isEmpty()) {
                expand(Phrases.normalize(plural)).forEach(p -> plurals.add(words(p)));
            }
        }
        return plurals;
    }

    /** Every way of replacing the substitution markers in {@code phrase} by an item of their set. */
    private List<String> expand(String phrase) {
        Matcher marker = MARKER.matcher(phrase);
        if (!marker.find()) {
            return List.of(phrase);
        }
        List<String> items = substitutions.get(marker.group());
        if (items == null) {
            throw new MalformedLineException("substitution set " + marker.group() + " is not defined");
        }
        List<String> out = new ArrayList<>();
        for (String item : items) {
            String replaced = phrase.substring(0, marker.start()) + item + phrase.substring(marker.end());
            out.addAll(expand(replaced));
        }
        return out;
    }

    private static List<String> words(String phrase) {
        return Arrays.stream(SEPARATORS.split(phrase)).filter(w -> !w.isEmpty()).toList();
    }

    private static List<String> regularPlural(List<String> words) {
        List<String> plural = new ArrayList<>(words);
        int last = plural.size() - 1;
        Plurals.regular(plural.get(last)).ifPresent(p -> plural.set(last, p));
        return plural;
    }
}
