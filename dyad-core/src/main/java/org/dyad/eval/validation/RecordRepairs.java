package org.dyad.eval.validation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pre-pass that makes a validation records file XML before its records are read, repairing
 * only what is broken and counting each kind of repair. What UniversalPetrarch's files break
 * (docs/eval-validation.md has the file by file account): a comment inside a comment (XML ends the
 * outer one at the inner {@code -->}), {@code <PLEvent {json}>} lines (attributes that are not
 * attributes), a record that opens with a self-closed {@code <Sentence .../>} and still ends with
 * {@code </Sentence>}, a root element never closed, and, in files written by hand, a bare
 * {@code &} or {@code <} in text. Every repair keeps the line breaks where they were, so that
 * diagnostics name the file's own lines.
 */
final class RecordRepairs {
    private static final Pattern NOT_XML_ELEMENT = Pattern.compile("<[A-Za-z]\\w*\\s*[\\[{][^\\n]*?>");
    private static final Pattern SELF_CLOSED_SENTENCE = Pattern.compile("<Sentence\\b([^>]*?)\\s*/>");
    private static final Pattern SENTENCE_START = Pattern.compile("<Sentence\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("</Sentence\\s*>");
    private static final Pattern BARE_AMPERSAND =
            Pattern.compile("&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)");
    private static final Pattern STRAY_LESS_THAN = Pattern.compile("<(?![A-Za-z_/!?])");

    /** The repaired text and how many repairs of each kind were made, in the order first met. */
    record Repaired(String content, Map<String, Integer> repairs) {}

    private final Map<String, Integer> repairs = new LinkedHashMap<>();

    private RecordRepairs() {}

    static Repaired repair(String content) {
        RecordRepairs r = new RecordRepairs();
        String s = content;
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
            r.count("byte-order mark at the start, dropped", 1);
        }
        s = r.comments(s);
        s = r.replace(s, NOT_XML_ELEMENT, m -> "", "non-XML <Name {...}> element (a <PLEvent> line), blanked");
        s = r.selfClosedSentences(s);
        s = r.replace(s, BARE_AMPERSAND, m -> "&amp;", "bare & escaped as &amp;");
        s = r.replace(s, STRAY_LESS_THAN, m -> "&lt;", "bare < escaped as &lt;");
        s = r.closeRoot(s, "Sentences");
        s = r.closeRoot(s, "Validation");
        return new Repaired(s, r.repairs);
    }

    /**
     * The text with every comment blanked (its line breaks kept). A comment that holds another
     * ends at the {@code -->} that closes the outer one, as its writer meant; a comment never
     * closed runs to the end.
     */
    private String comments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int nested = 0;
        int unclosed = 0;
        while (true) {
            int open = s.indexOf("<!--", i);
            if (open < 0) {
                out.append(s, i, s.length());
                break;
            }
            out.append(s, i, open);
            int depth = 1;
            int at = open + 4;
            boolean wasNested = false;
            while (depth > 0) {
                int nextOpen = s.indexOf("<!--", at);
                int nextClose = s.indexOf("-->", at);
                if (nextClose < 0) {
                    at = s.length();
                    unclosed++;
                    break;
                }
                if (nextOpen >= 0 && nextOpen < nextClose) {
                    depth++;
                    wasNested = true;
                    at = nextOpen + 4;
                } else {
                    depth--;
                    at = nextClose + 3;
                }
            }
            nested += wasNested ? 1 : 0;
            out.append(s.substring(open, at).replaceAll("[^\\n]", ""));
            i = at;
        }
        count("comment holding another comment, blanked to its own end", nested);
        count("comment never closed, blanked to the end of the file", unclosed);
        return out.toString();
    }

    /** {@code <Sentence .../>} followed by a record's elements and {@code </Sentence>}: opened, not closed. */
    private String selfClosedSentences(String s) {
        Matcher m = SELF_CLOSED_SENTENCE.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        int n = 0;
        while (m.find()) {
            Matcher nextStart = SENTENCE_START.matcher(s);
            int next = nextStart.find(m.end()) ? nextStart.start() : s.length();
            Matcher end = SENTENCE_END.matcher(s).region(m.end(), next);
            if (end.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement("<Sentence" + m.group(1) + ">"));
                n++;
            }
        }
        m.appendTail(out);
        count("<Sentence .../> closed at once but ended by </Sentence>, opened", n);
        return out.toString();
    }

    /** The text with {@code </name>} added at the end if {@code <name>} is opened and never closed. */
    private String closeRoot(String s, String name) {
        if (s.contains("<" + name + ">") && !s.contains("</" + name + ">")) {
            count("<" + name + "> never closed, closed at the end", 1);
            return s + "</" + name + ">";
        }
        return s;
    }

    private String replace(String s, Pattern p, java.util.function.Function<Matcher, String> by, String kind) {
        Matcher m = p.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        int n = 0;
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(by.apply(m)));
            n++;
        }
        m.appendTail(out);
        count(kind, n);
        return out.toString();
    }

    private void count(String kind, int n) {
        if (n > 0) {
            repairs.merge(kind, n, Integer::sum);
        }
    }
}
