package org.dyad.coding.patterns;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.dyad.coding.NounCoder;
import org.dyad.coding.cameo.CameoCodebook;
import org.dyad.coding.cameo.VerbDictionary;
import org.dyad.coding.cameo.VerbEntry;
import org.dyad.lexicon.Resources;
import org.dyad.model.OneLine;

/**
 * The verb dictionary and event-noun lexicon that events are coded with: the bundled ones, with
 * the user's own pattern files ({@code --patterns}) read over them. The user's verbs that state a
 * code, and all the user's nouns, come before the bundled entries for the same verb or phrase,
 * and a later line before an earlier one. {@code userFiles} names the files for provenance;
 * {@code userDiagnostics} holds their unreadable lines and clashes, "file:line: why" (the
 * bundled dictionary's own problems are for its maintainers and stay in {@code verbs}).
 */
public record EventPatterns(
        VerbDictionary verbs, NounCoder nouns, List<String> userFiles, List<String> userDiagnostics) {
    public EventPatterns {
        Objects.requireNonNull(verbs, "verbs");
        Objects.requireNonNull(nouns, "nouns");
        userFiles = List.copyOf(userFiles);
        userDiagnostics = OneLine.all(userDiagnostics);
    }

    /** dyad's own additions to the verb dictionary and the event nouns, read over the CAMEO ones. */
    public static final String DYAD_PATTERNS = "dyad/dictionaries/dyad/dyad.patterns.txt";

    /** The bundled verb dictionary and noun lexicon, with dyad's own additions. */
    public static EventPatterns bundled() {
        return load(List.of());
    }

    /**
     * The bundled patterns with the user's files read over them, in order.
     *
     * @throws java.io.UncheckedIOException when a file is missing, unreadable or not UTF-8
     */
    public static EventPatterns load(List<Path> userFiles) {
        EventPatterns bundled = withOwn(VerbDictionary.loadBundled(), NounCoder.loadBundled(), DYAD_PATTERNS);
        return over(bundled.verbs(), bundled.nouns(), userFiles);
    }

    /**
     * {@code verbs} and {@code nouns} with a bundled file of dyad's own additions and corrections
     * ({@code resource}, in the user's format) read over them: read like a user's file, so its
     * entries beat the dictionary's, but not named as one.
     *
     * @throws IllegalStateException when the bundled file has a bad line
     */
    public static EventPatterns withOwn(VerbDictionary verbs, NounCoder nouns, String resource) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        PatternFile own =
                new PatternFileReader(CameoCodebook.loadBundled()).read(name, Resources.read(resource), verbs);
        if (!own.diagnostics().isEmpty()) {
            throw new IllegalStateException("bundled " + resource + " has bad lines: " + own.diagnostics());
        }
        return combine(own.verbs(), nouns, List.of(own));
    }

    /**
     * {@code verbs} and {@code nouns} with the user's files read over them, in order; codes are
     * checked against the bundled CAMEO codebook.
     *
     * @throws java.io.UncheckedIOException when a file is missing, unreadable or not UTF-8
     */
    public static EventPatterns over(VerbDictionary verbs, NounCoder nouns, List<Path> userFiles) {
        PatternFileReader reader = new PatternFileReader(CameoCodebook.loadBundled());
        List<PatternFile> files = new ArrayList<>();
        VerbDictionary read = verbs;
        for (Path file : userFiles) {
            PatternFile one = reader.read(file, read);
            files.add(one);
            read = one.verbs();
        }
        return combine(read, nouns, files);
    }

    /** {@code verbs}, read with all {@code files}, and {@code nouns}, with each file's entries put first. */
    private static EventPatterns combine(VerbDictionary verbs, NounCoder nouns, List<PatternFile> files) {
        List<VerbEntry> preferred = new ArrayList<>();
        List<NounCoder.Entry> userNouns = new ArrayList<>();
        List<String> diagnostics = new ArrayList<>();
        Map<String, String> verbAt = new HashMap<>();
        Map<String, String> nounAt = new HashMap<>();
        for (PatternFile file : files) {
            List<String> found = new ArrayList<>(file.diagnostics());
            Map<String, String> verbsHere = new HashMap<>();
            for (VerbEntry e : file.preferred()) {
                String where = verbs.block(e).file().orElse(file.name()) + ":" + e.line();
                clash(verbAt.get(e.phrase()), where, "verb '" + e.phrase().toLowerCase(Locale.ROOT) + "'", found);
                verbsHere.put(e.phrase(), where);
            }
            verbAt.putAll(verbsHere);
            preferred.addAll(0, file.preferred()); // a later file's verbs before an earlier file's
            for (NounCoder.Entry n : file.nouns()) {
                String phrase = String.join(" ", n.words());
                clash(nounAt.put(phrase, n.location()), n.location(), "noun '" + phrase + "'", found);
                userNouns.add(0, n); // a later line before an earlier one
            }
            diagnostics.addAll(PatternFileReader.byLine(file.name(), found));
        }
        List<String> names = files.stream().map(PatternFile::name).toList();
        return new EventPatterns(verbs.preferring(preferred), nouns.withEntries(userNouns), names, diagnostics);
    }

    private static void clash(String earlier, String later, String what, List<String> diagnostics) {
        if (earlier != null) {
            diagnostics.add(later + ": " + what + " is also given at " + earlier + "; this later line is used");
        }
    }
}
