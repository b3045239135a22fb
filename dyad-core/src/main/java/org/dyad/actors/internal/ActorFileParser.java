package org.dyad.actors.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorEntry;
import org.dyad.actors.DatedCode;

/**
 * The line-by-line state of reading one Phoenix actor file. An entry is a primary line, its
 * {@code +} synonyms and the tab-indented code lines that follow. Primary lines with no code
 * that follow each other directly (a {@code +} left out, as around "IVO_JOSIPOVIC_") form a
 * run that shares the code lines below it. Code lines coming after a blank line, or a line with
 * nothing before its trailing comment (the "  # CountryInfo.txt" of a phrase line whose phrase
 * was lost), that follows a finished entry have lost their phrase line and are skipped. Lines
 * that are only comment ({@link Comments}) are read as if they were not there.
 */
public final class ActorFileParser {
    private final String file;
    private final Comments comments;
    private final List<ActorEntry> entries = new ArrayList<>();
    private final List<String> diagnostics = new ArrayList<>();
    private final List<Pending> group = new ArrayList<>();
    private List<DatedCode> groupCodes = new ArrayList<>();
    private boolean codeLineSeen;
    private boolean gapAfterCodes;
    private boolean orphan;
    private int lineNumber;

    private record Pending(String phrase, int line, List<String> phrases) {}

    public ActorFileParser(String file) {
        this.file = file;
        this.comments = new Comments(file);
    }

    public void line(int number, String raw) {
        lineNumber = number;
        Optional<String> content = comments.content(number, raw);
        if (content.isEmpty()) {
            return;
        }
        String text = content.get();
        try {
            if (text.isEmpty()) {
                gapAfterCodes = codeLineSeen;
            } else if (text.startsWith("[")) {
                codeLine(text);
            } else if (text.startsWith("+")) {
                synonym(text.substring(1));
            } else {
                primary(text);
            }
        } catch (MalformedLineException e) {
            diagnose(e.getMessage());
        }
    }

    public ActorDictionary finish() {
        closeGroup();
        comments.unclosed().ifPresent(diagnostics::add);
        return new ActorDictionary(entries, diagnostics);
    }

    private void primary(String text) {
        int bracket = text.indexOf('[');
        List<String> phrases = phrases(bracket < 0 ? text : text.substring(0, bracket));
        List<DatedCode> codes;
        try {
            if (phrases.isEmpty()) {
                throw new MalformedLineException("phrase line has no phrase");
            }
            phrases.forEach(Phrases::check);
            codes = bracket < 0 ? List.of() : codes(text.substring(bracket));
        } catch (MalformedLineException e) {
            // Skip the whole entry, so that its synonyms and codes do not join the one above.
            closeGroup();
            orphan = true;
            throw e;
        }
        String phrase = phrases.get(0);
        boolean joinsRun = bracket < 0 && !group.isEmpty() && !codeLineSeen && !orphan;
        if (joinsRun) {
            diagnose("'" + phrase + "' has no '+' and no code: it shares the codes below with '"
                    + group.get(0).phrase() + "'");
        } else {
            closeGroup();
        }
        group.add(new Pending(phrase, lineNumber, new ArrayList<>(phrases)));
        if (bracket >= 0) {
            addCodes(codes);
        }
        phrases.forEach(p -> Phrases.garbled(p).ifPresent(this::diagnose));
    }

    private void synonym(String text) {
        if (orphan || group.isEmpty()) {
            throw new MalformedLineException("synonym line has no phrase line above it");
        }
        int bracket = text.indexOf('[');
        List<String> phrases = phrases(bracket < 0 ? text : text.substring(0, bracket));
        phrases.forEach(Phrases::check);
        if (bracket >= 0) {
            diagnose("code on a synonym line ignored: '"
                    + text.substring(bracket).strip() + "'");
        }
        group.get(group.size() - 1).phrases().addAll(phrases);
        phrases.forEach(p -> Phrases.garbled(p).ifPresent(this::diagnose));
    }

    private List<String> phrases(String text) {
        List<String> phrases = Phrases.splitRunTogether(text);
        if (phrases.size() > 1) {
            diagnose("'" + text.strip() + "' read as " + phrases.size() + " phrases split at '+'");
        }
        return phrases;
    }

    private void codeLine(String text) {
        if (orphan) {
            throw new MalformedLineException("code line belongs to a phrase line that was skipped");
        }
        if (group.isEmpty()) {
            throw new MalformedLineException("code line before any phrase line");
        }
        if (codeLineSeen && gapAfterCodes) {
            orphan = true;
            throw new MalformedLineException(
                    "code line after a blank or comment line that ends an entry: its phrase line is missing");
        }
        addCodes(codes(text));
    }

    /** The good codes of a bracket list; each bad one is reported and left out. */
    private List<DatedCode> codes(String text) {
        Brackets brackets = Brackets.scan(text, "]");
        List<DatedCode> codes = new ArrayList<>();
        for (String content : brackets.contents()) {
            try {
                codes.add(DatedCodes.parse(content));
            } catch (MalformedLineException e) {
                diagnose(e.getMessage() + "; code '[" + content + "]' skipped");
            }
        }
        if (!brackets.rest().isEmpty()) {
            diagnose("text after the codes ignored: '" + brackets.rest() + "'");
        }
        return codes;
    }

    private void addCodes(List<DatedCode> codes) {
        codeLineSeen = true;
        gapAfterCodes = false;
        for (DatedCode code : codes) {
            Optional<DatedCode> existing =
                    groupCodes.stream().filter(c -> !c.isDated()).findFirst();
            if (!code.isDated() && existing.isPresent()) {
                diagnose("second undated code " + code.code() + " is not used: "
                        + existing.get().code() + " is the default");
            }
            groupCodes.add(code);
        }
    }

    private void closeGroup() {
        for (Pending pending : group) {
            String source = file + ":" + pending.line();
            if (groupCodes.isEmpty()) {
                diagnostics.add(source + ": '" + pending.phrase() + "' has no code");
            }
            entries.add(new ActorEntry(Phrases.readable(pending.phrase()), pending.phrases(), groupCodes, source));
        }
        group.clear();
        groupCodes = new ArrayList<>();
        codeLineSeen = false;
        gapAfterCodes = false;
        orphan = false;
    }

    private void diagnose(String why) {
        diagnostics.add(file + ":" + lineNumber + ": " + why);
    }
}
