package org.dyad.coding.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dyad.lexicon.Resources;
import org.dyad.lexicon.WordKeys;
import org.dyad.model.OneLine;

/**
 * A CAMEO verb dictionary in memory: its verb blocks, an index from every verb form to its
 * entries, its synsets, and what went wrong reading it. Immutable, so one instance serves every
 * thread. Built by {@link VerbDictionaryReader}, which reads PETRARCH's verb transformations past
 * and keeps none.
 */
public final class VerbDictionary {

    /** The classpath location of the bundled PETRARCH2 dictionary. */
    public static final String BUNDLED_RESOURCE = "/dyad/dictionaries/cameo/CAMEO.2.0.txt";

    private static final String BUNDLED_NAME = "CAMEO.2.0.txt";

    private final String version;
    private final List<VerbBlock> blocks;
    private final Map<String, List<List<String>>> synsets;
    private final List<String> diagnostics;
    private final List<VerbEntry> preferred;
    private final Map<String, List<VerbEntry>> entriesByForm = new HashMap<>();
    private final Map<VerbEntry, VerbBlock> blockByEntry = new HashMap<>();
    private final Map<VerbBlock, Integer> blockOrder = new IdentityHashMap<>();

    public VerbDictionary(
            String version, List<VerbBlock> blocks, Map<String, List<List<String>>> synsets, List<String> diagnostics) {
        this(version, blocks, synsets, diagnostics, List.of());
    }

    /** A dictionary whose {@link #entriesFor} lists the {@code preferred} entries (its own) first. */
    VerbDictionary(
            String version,
            List<VerbBlock> blocks,
            Map<String, List<List<String>>> synsets,
            List<String> diagnostics,
            List<VerbEntry> preferred) {
        this.version = Objects.requireNonNull(version, "version");
        this.blocks = List.copyOf(blocks);
        Map<String, List<List<String>>> copy = new LinkedHashMap<>();
        synsets.forEach((name, phrases) ->
                copy.put(name, phrases.stream().map(List::copyOf).toList()));
        this.synsets = Collections.unmodifiableMap(copy);
        this.diagnostics = OneLine.all(diagnostics);
        this.preferred = List.copyOf(preferred);
        for (VerbBlock block : this.blocks) {
            block.verbs().forEach(entry -> blockByEntry.putIfAbsent(entry, block));
            blockOrder.put(block, blockOrder.size());
        }
        for (VerbEntry entry : this.preferred) {
            if (!blockByEntry.containsKey(entry)) {
                throw new IllegalArgumentException("preferred verb " + entry.phrase() + " (line " + entry.line()
                        + ") is not in dictionary " + version);
            }
            index(entry);
        }
        for (VerbBlock block : this.blocks) {
            block.verbs().forEach(this::index);
        }
        entriesByForm.replaceAll((form, entries) -> List.copyOf(entries));
    }

    /** The bundled CAMEO.2.0.txt. */
    public static VerbDictionary loadBundled() {
        try (BufferedReader in = Resources.open(BUNDLED_RESOURCE)) {
            return VerbDictionaryReader.read(BUNDLED_NAME, in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot close bundled resource " + BUNDLED_RESOURCE, e);
        }
    }

    /** The bundled dictionary with a user's file in the same format read after it. */
    public static VerbDictionary loadBundledWith(Path userFile) throws IOException {
        VerbDictionary bundled = loadBundled();
        try (BufferedReader in = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
            return VerbDictionaryReader.read(bundled, userFile.getFileName().toString(), in);
        }
    }

    /**
     * This dictionary with {@code entries}, some of its own, listed first by {@link #entriesFor}
     * (in the order given, then those it preferred already), so that a coder tries them first:
     * where no pattern matches, the first entry of a verb gives its code. A user's verb with a code of
     * its own overrides the bundled verb's this way, and a null code silences it.
     *
     * @throws IllegalArgumentException if an entry is not in this dictionary
     */
    public VerbDictionary preferring(List<VerbEntry> entries) {
        List<VerbEntry> all = new ArrayList<>(entries);
        all.addAll(preferred);
        return new VerbDictionary(version, blocks, synsets, diagnostics, all);
    }

    /** The entries {@link #preferring} put first, for a dictionary read on top of this one to keep them first. */
    List<VerbEntry> preferred() {
        return preferred;
    }

    public List<VerbBlock> blocks() {
        return blocks;
    }

    /**
     * Every entry whose verb word has this form or lemma (compared by {@link WordKeys#key}: any
     * case, Arabic letters normalised), in dictionary order: a word
     * can be the verb of several entries, e.g. SIDE alone and in SIDE_WITH, or in several blocks.
     * Preferred entries ({@link #preferring}) come first.
     */
    public List<VerbEntry> entriesFor(String lemmaOrForm) {
        return entriesByForm.getOrDefault(WordKeys.key(lemmaOrForm), List.of());
    }

    /**
     * Whether {@code block} was read from a later file than {@code other}: a file read over the
     * bundled dictionary (dyad's corrections, a user's patterns) is later than it, and a user's
     * later file later than an earlier one. Blocks of one file are not later than each other.
     */
    public boolean fromLaterFile(VerbBlock block, VerbBlock other) {
        return !block.file().equals(other.file())
                && blockOrder.getOrDefault(block, -1) > blockOrder.getOrDefault(other, -1);
    }

    /** The block {@code entry} belongs to. */
    public VerbBlock block(VerbEntry entry) {
        VerbBlock block = blockByEntry.get(entry);
        if (block == null) {
            throw new IllegalArgumentException(
                    "verb " + entry.phrase() + " (line " + entry.line() + ") is not in dictionary " + version);
        }
        return block;
    }

    /** The code the isolated verb gives: its own, else its block's; empty for the null code. */
    public Optional<String> codeOf(VerbEntry entry) {
        return entry.ownCode().isPresent()
                ? entry.ownCode().filter(code -> !code.equals(VerbEntry.NULL_CODE))
                : block(entry).code();
    }

    /** The paired code of the isolated verb: its own if it has its own code, else its block's. */
    public Optional<String> pairedCodeOf(VerbEntry entry) {
        return entry.ownCode().isPresent()
                ? entry.ownPairedCode()
                : block(entry).pairedCode();
    }

    /** Every CAMEO code the dictionary uses (blocks, verbs, patterns, paired codes), sorted. */
    public SortedSet<String> codes() {
        SortedSet<String> codes = new TreeSet<>();
        for (VerbBlock block : blocks) {
            Stream.of(block.code(), block.pairedCode())
                    .flatMap(Optional::stream)
                    .forEach(codes::add);
            block.verbs().stream()
                    .flatMap(v -> Stream.of(v.ownCode(), v.ownPairedCode()))
                    .flatMap(Optional::stream)
                    .filter(c -> !c.equals(VerbEntry.NULL_CODE))
                    .forEach(codes::add);
            block.patterns().stream()
                    .flatMap(p -> Stream.of(p.code(), p.pairedCode()))
                    .flatMap(Optional::stream)
                    .forEach(codes::add);
        }
        return Collections.unmodifiableSortedSet(codes);
    }

    /** Synset phrases by name (without {@code &} or a trailing {@code _}), in definition order. */
    public Map<String, List<List<String>>> synsets() {
        return synsets;
    }

    /** Lines that could not be read, as {@code file:line: why}. */
    public List<String> diagnostics() {
        return diagnostics;
    }

    /** The files read and their dates, e.g. "CAMEO.2.0.txt 2015-04-30", for provenance. */
    public String version() {
        return version;
    }

    @Override
    public String toString() {
        return "VerbDictionary[" + version + ", " + blocks.size() + " blocks]";
    }

    private void index(VerbEntry entry) {
        for (String key : entry.forms()) {
            List<VerbEntry> list = entriesByForm.computeIfAbsent(WordKeys.key(key), k -> new ArrayList<>());
            if (!list.contains(entry)) {
                list.add(entry);
            }
        }
    }
}
