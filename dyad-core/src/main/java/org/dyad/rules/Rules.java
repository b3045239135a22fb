package org.dyad.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.lexicon.BundledWords;
import org.dyad.lexicon.Resources;
import org.dyad.lexicon.WordTable;
import org.dyad.nlp.DependencyTree;

/**
 * The rules dyad codes with: the bundled rule files ({@code dyad/rules/}, listed in
 * {@code index.txt}) with the user's files read over them, where a user's selector or word
 * class replaces the bundled one of the same name. Thread-safe: every question runs its own
 * {@link Evaluation}.
 */
public final class Rules {
    /** The bundled rule files, one name a line. */
    public static final String INDEX = "dyad/rules/index.txt";

    private static final String RULES = "dyad/rules/";

    private final Map<String, Selector> selectors;
    private final WordClasses classes;
    private final List<String> diagnostics;
    private final List<String> userDiagnostics;
    private final List<String> userFiles;

    private Rules(
            Map<String, Selector> selectors,
            WordClasses classes,
            List<String> diagnostics,
            List<String> userDiagnostics,
            List<String> userFiles) {
        this.selectors = selectors;
        this.classes = classes;
        this.diagnostics = List.copyOf(diagnostics);
        this.userDiagnostics = List.copyOf(userDiagnostics);
        this.userFiles = List.copyOf(userFiles);
    }

    /** The bundled rules over the bundled word classes and the lexicon tables {@code index.txt} names. */
    public static Rules loadBundled() {
        return loadBundled(BundledWords.ENGLISH);
    }

    /** The bundled rules over the word classes and lexicon tables of {@code words}' language. */
    public static Rules loadBundled(BundledWords words) {
        Map<String, WordTable> tables = new LinkedHashMap<>();
        List<RuleFile> files = new ArrayList<>();
        readIndex(RULES, words, tables, files);
        // A language's own rules (dyad/rules/es/) are read after the shared ones and replace
        // those of the same name: Spanish marks the future on the verb, not with "will".
        String own = RULES + words.language() + "/";
        if (!words.equals(BundledWords.ENGLISH) && Resources.exists(own + "index.txt")) {
            readIndex(own, words, tables, files);
        }
        return of(files, WordClasses.loadBundled(tables, words));
    }

    private static void readIndex(
            String folder, BundledWords words, Map<String, WordTable> tables, List<RuleFile> files) {
        for (String raw : Resources.read(folder + "index.txt").split("\n")) {
            String line = WordClasses.withoutComment(raw);
            if (line.startsWith("table ")) {
                String[] f = line.split("\\s+");
                tables.put(f[1], words.table(f[2]));
            } else if (!line.isEmpty()) {
                files.add(RuleReader.read(folder.substring(RULES.length()) + line, Resources.read(folder + line)));
            }
        }
    }

    /** Rules made of these files, read in order over these classes; a later selector of a name replaces an earlier one. */
    public static Rules of(List<RuleFile> files, WordClasses classes) {
        Map<String, Selector> selectors = new LinkedHashMap<>();
        List<String> diagnostics = new ArrayList<>(classes.diagnostics());
        Map<String, Set<String>> defined = new LinkedHashMap<>();
        for (RuleFile f : files) {
            diagnostics.addAll(f.diagnostics());
            defined.putAll(f.classes());
            f.selectors().forEach(s -> selectors.put(s.name(), s));
        }
        WordClasses all = classes.with(defined);
        diagnostics.addAll(References.check(selectors, all));
        return new Rules(selectors, all, diagnostics, List.of(), List.of());
    }

    /**
     * These rules with the user's files read over them. A user's problems (unreadable lines,
     * references to selectors or classes that do not exist) are kept apart from the bundled ones.
     *
     * @throws UncheckedIOException when a file is missing, unreadable or not UTF-8
     */
    public Rules withUserFiles(List<java.nio.file.Path> files) {
        if (files.isEmpty()) {
            return this;
        }
        Map<String, Selector> merged = new LinkedHashMap<>(selectors);
        Map<String, Set<String>> defined = new LinkedHashMap<>();
        List<String> user = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (java.nio.file.Path p : files) {
            RuleFile f = RuleReader.read(p.toString(), readUtf8(p));
            names.add(f.name());
            user.addAll(f.diagnostics());
            defined.putAll(f.classes());
            f.selectors().forEach(s -> merged.put(s.name(), s));
        }
        WordClasses all = classes.with(defined);
        List<String> problems = References.check(merged, all);
        // Only the user's lines are the user's to fix: the bundled references were checked at build time.
        problems.stream().filter(d -> names.stream().anyMatch(d::startsWith)).forEach(user::add);
        return new Rules(merged, all, diagnostics, user, names);
    }

    private static String readUtf8(java.nio.file.Path p) {
        try {
            // A strict decoder: bad bytes are an error, not replacement characters.
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(p)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("cannot read rules file " + p + ": no such file", e);
        } catch (CharacterCodingException e) {
            throw new UncheckedIOException("cannot read rules file " + p + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules file " + p + ": " + e.getMessage(), e);
        }
    }

    /** What the selector {@code name} finds from {@code token} in {@code tree}, in order. */
    public List<Integer> select(String name, DependencyTree tree, int token) {
        return select(name, tree, token, List.of(), Tracer.NONE);
    }

    /** As {@link #select(String, DependencyTree, int)}, with the words of the event being coded ({@code [trigger]}). */
    public List<Integer> select(String name, DependencyTree tree, int token, Collection<Integer> trigger) {
        return select(name, tree, token, trigger, Tracer.NONE);
    }

    /** As {@link #select(String, DependencyTree, int, Collection)}, telling {@code tracer} every alternative tried. */
    public List<Integer> select(
            String name, DependencyTree tree, int token, Collection<Integer> trigger, Tracer tracer) {
        return new Evaluation(this, tree, Set.copyOf(trigger), tracer).select(name, token);
    }

    /** What the selector finds, with the rule lines that found it ({@link Answer#by()}). */
    public Answer answer(String name, DependencyTree tree, int token, Collection<Integer> trigger) {
        List<String> by = new ArrayList<>();
        Tracer answered = (selector, alternative, at, depth, found) -> {
            boolean delegates = alternative.path().steps().size() == 1
                    && alternative.path().steps().get(0) instanceof Step.Call;
            String line = alternative.location() + " " + selector.name();
            if (!found.isEmpty() && !delegates && !by.contains(line)) {
                by.add(line);
            }
        };
        List<Integer> found = new Evaluation(this, tree, Set.copyOf(trigger), answered).select(name, token);
        return new Answer(found, found.isEmpty() ? List.of() : by);
    }

    /** The first token the selector finds, if any. */
    public Optional<Integer> first(String name, DependencyTree tree, int token) {
        List<Integer> found = select(name, tree, token);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Whether the selector finds anything from {@code token}: a rule used as a test. */
    public boolean holds(String name, DependencyTree tree, int token) {
        return !select(name, tree, token).isEmpty();
    }

    public Optional<Selector> selector(String name) {
        return Optional.ofNullable(selectors.get(name));
    }

    public Collection<Selector> selectors() {
        return selectors.values();
    }

    public WordClasses wordClasses() {
        return classes;
    }

    /** Problems in the bundled files, for their maintainers. */
    public List<String> diagnostics() {
        return diagnostics;
    }

    /** Problems in the user's files, one line each. */
    public List<String> userDiagnostics() {
        return userDiagnostics;
    }

    /** The user's rule files, as given. */
    public List<String> userFiles() {
        return userFiles;
    }
}
