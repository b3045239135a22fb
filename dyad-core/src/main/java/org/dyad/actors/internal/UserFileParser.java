package org.dyad.actors.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorEntry;
import org.dyad.actors.DatedCode;

/**
 * The line-by-line state of reading one user actor file in dyad's simple format. Lines whose
 * first name is the same (ignoring case and spacing) make one entry, wherever they are in the
 * file: their codes form its dated code list, their names and aliases its phrases. Phrases are
 * exact (a trailing {@code _}): a user writes the forms to match.
 */
public final class UserFileParser {
    private final String file;
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final List<String> diagnostics = new ArrayList<>();

    /** The lines of one entry so far. */
    private static final class Group {
        final String name;
        final int line;
        final Map<String, String> phrases = new LinkedHashMap<>();
        final List<DatedCode> codes = new ArrayList<>();
        Optional<String> patron = Optional.empty();
        int patronLine;
        int defaultLine;

        Group(String name, int line) {
            this.name = name;
            this.line = line;
        }
    }

    public UserFileParser(String file) {
        this.file = file;
    }

    public void line(int number, String raw) {
        String content = UserLine.content(raw);
        if (content.isEmpty()) {
            return;
        }
        try {
            add(number, UserLine.parse(content));
        } catch (MalformedLineException e) {
            diagnostics.add(file + ":" + number + ": " + e.getMessage() + "; line skipped");
        }
    }

    public ActorDictionary finish() {
        List<ActorEntry> entries = new ArrayList<>();
        for (Group g : groups.values()) {
            entries.add(
                    new ActorEntry(g.name, List.copyOf(g.phrases.values()), g.codes, file + ":" + g.line, g.patron));
        }
        return new ActorDictionary(entries, diagnostics);
    }

    private void add(int number, UserLine line) {
        Group g = groups.computeIfAbsent(
                Phrases.normalize(line.names().get(0)),
                k -> new Group(line.names().get(0), number));
        line.names().forEach(n -> g.phrases.putIfAbsent(Phrases.normalize(n), n + "_"));
        DatedCode code = line.code();
        if (!code.isDated() && g.defaultLine > 0) {
            diagnose(
                    number,
                    "a second undated code " + code.code() + " for '" + g.name + "' is not used: line " + g.defaultLine
                            + " gives the undated one");
        } else {
            g.defaultLine = code.isDated() ? g.defaultLine : number;
            g.codes.add(code);
        }
        if (line.patron().isPresent() && g.patron.isPresent() && !g.patron.equals(line.patron())) {
            diagnose(
                    number,
                    "patron=" + line.patron().get() + " for '" + g.name + "' is not used: line " + g.patronLine
                            + " gives patron=" + g.patron.get() + " (a patron holds for every date)");
        } else if (line.patron().isPresent() && g.patron.isEmpty()) {
            g.patron = line.patron();
            g.patronLine = number;
        }
    }

    private void diagnose(int number, String why) {
        diagnostics.add(file + ":" + number + ": " + why);
    }
}
