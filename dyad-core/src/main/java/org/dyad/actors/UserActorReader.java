package org.dyad.actors;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.internal.ActorFileParser;
import org.dyad.actors.internal.AgentFileParser;
import org.dyad.actors.internal.DictionaryLines;
import org.dyad.actors.internal.UserFileParser;

/**
 * The reader of a user's own dictionary files, in whichever {@link DictionaryFormat} each is:
 * dyad's simple format
 * ({@code Suheil al-Hassan | Tiger Forces commander = SYRMIL 2015-01-01..2019-12-31 patron=RUS},
 * see {@code docs/dictionaries.md}), the Phoenix actor format or the Phoenix agents format.
 * Lines it cannot read are skipped and reported as "file:line: why" in the diagnostics; only a
 * file that cannot be read throws.
 */
public final class UserActorReader {

    /**
     * Reads {@code file} as UTF-8 into actors or agents, as its format says; sources and
     * diagnostics name it as given ("my/actors.txt:3").
     *
     * @throws UncheckedIOException when the file is missing, unreadable or not UTF-8
     */
    public UserDictionary readDictionary(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readDictionary(file.toString(), in);
        } catch (IOException e) {
            throw unreadable(file, e);
        } catch (UncheckedIOException e) {
            throw unreadable(file, e.getCause());
        }
    }

    /** Reads one dictionary from {@code in}; {@code name} names it in sources and diagnostics. */
    public UserDictionary readDictionary(String name, Reader in) {
        List<String> lines = new ArrayList<>(DictionaryLines.readAll(name, in));
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1)); // editors on Windows start UTF-8 files with a byte-order mark
        }
        UserDictionary none = UserDictionary.empty();
        return switch (DictionaryFormat.of(lines)) {
            case PHOENIX_AGENTS -> new UserDictionary(none.actors(), agents(name, lines));
            case PHOENIX_ACTORS -> new UserDictionary(phoenixActors(name, lines), none.agents());
            case SIMPLE -> new UserDictionary(simpleActors(name, lines), none.agents());
        };
    }

    /**
     * The actors of {@code file} ({@link #readDictionary(Path)}); an agents file has none, and
     * says so in a diagnostic.
     *
     * @throws UncheckedIOException when the file is missing, unreadable or not UTF-8
     */
    public ActorDictionary read(Path file) {
        return actorsOnly(file.toString(), readDictionary(file));
    }

    /** The actors read from {@code in} ({@link #readDictionary(String, Reader)}). */
    public ActorDictionary read(String name, Reader in) {
        return actorsOnly(name, readDictionary(name, in));
    }

    /** Whether the lines are in one of the Phoenix formats, actors or agents, rather than the simple one. */
    public static boolean isPhoenix(List<String> lines) {
        return DictionaryFormat.of(lines) != DictionaryFormat.SIMPLE;
    }

    private static ActorDictionary actorsOnly(String name, UserDictionary read) {
        if (read.agents().size() == 0 && read.agents().diagnostics().isEmpty()) {
            return read.actors();
        }
        List<String> notes = new ArrayList<>(read.agents().diagnostics());
        notes.add(name + ": a Phoenix agents file: its " + read.agents().size() + " agent forms are no actors");
        return read.actors().merge(new ActorDictionary(List.of(), notes));
    }

    private static ActorDictionary simpleActors(String name, List<String> lines) {
        UserFileParser parser = new UserFileParser(name);
        for (int i = 0; i < lines.size(); i++) {
            parser.line(i + 1, lines.get(i));
        }
        return parser.finish();
    }

    private static ActorDictionary phoenixActors(String name, List<String> lines) {
        ActorFileParser parser = new ActorFileParser(name);
        for (int i = 0; i < lines.size(); i++) {
            parser.line(i + 1, lines.get(i));
        }
        return parser.finish();
    }

    private static AgentDictionary agents(String name, List<String> lines) {
        AgentFileParser parser = new AgentFileParser(name);
        for (int i = 0; i < lines.size(); i++) {
            parser.line(i + 1, lines.get(i));
        }
        return parser.finish();
    }

    private static UncheckedIOException unreadable(Path file, IOException e) {
        String why = e instanceof NoSuchFileException
                ? "no such file"
                : e instanceof AccessDeniedException
                        ? "permission denied"
                        : e instanceof CharacterCodingException ? "not UTF-8 text" : String.valueOf(e.getMessage());
        return new UncheckedIOException("cannot read actor dictionary " + file + ": " + why, e);
    }
}
