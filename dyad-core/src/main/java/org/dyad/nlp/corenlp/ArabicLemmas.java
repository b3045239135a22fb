package org.dyad.nlp.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.lexicon.Resources;

/**
 * Lemmas of Arabic words split into pieces by CoreNLP's segmenter, which has no lemmatiser: a
 * piece without marks; a definite noun or adjective without its article ("الحكومة" -> "حكومة");
 * a verb, an adjective or a plural noun without the inflectional affixes the table {@value
 * #RESOURCE} lists for its tag ("هاجمت" -> "هاجم", "المصرية" -> "مصري", "المتظاهرين" -> "متظاهر").
 * Immutable.
 */
final class ArabicLemmas {
    static final String RESOURCE = "dyad/nlp/arabic-verb-affixes.tsv";
    private static final int STEM = 3;

    /** The affixes of one tag, longest first, and the stem beginnings to restore. */
    private record Affixes(
            List<String> prefixes, List<String> suffixes, Map<String, String> restore, List<String> subjects) {}

    private final Map<String, Affixes> byTag;

    private ArabicLemmas(Map<String, Affixes> byTag) {
        this.byTag = Map.copyOf(byTag);
    }

    static ArabicLemmas bundled() {
        try (BufferedReader in = Resources.open(RESOURCE)) {
            return read(RESOURCE, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + RESOURCE, e);
        }
    }

    /** Reads lines of TAG, SIDE (prefix, suffix, restore) and AFFIXES apart by tabs; "#" starts a comment. */
    static ArabicLemmas read(String name, BufferedReader in) throws IOException {
        Map<String, Affixes> byTag = new HashMap<>();
        int number = 0;
        for (String line; (line = in.readLine()) != null; ) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 3
                    || !List.of("prefix", "suffix", "restore", "subject").contains(f[1])) {
                throw new IllegalStateException(name + ":" + number
                        + ": want TAG, SIDE (prefix, suffix, restore or subject) and AFFIXES apart by tabs, got \""
                        + line + "\"");
            }
            Affixes a = byTag.computeIfAbsent(
                    f[0], t -> new Affixes(new ArrayList<>(), new ArrayList<>(), new HashMap<>(), new ArrayList<>()));
            for (String affix : f[2].split("\\|")) {
                switch (f[1]) {
                    case "prefix" -> a.prefixes().add(affix);
                    case "suffix" -> a.suffixes().add(affix);
                    case "subject" -> a.subjects().add(affix);
                    default -> {
                        String[] pair = affix.split("=", -1);
                        if (pair.length != 2 || pair[0].isEmpty()) {
                            throw new IllegalStateException(
                                    name + ":" + number + ": want AFTER=BEFORE, got \"" + affix + "\"");
                        }
                        a.restore().put(pair[0], pair[1]);
                    }
                }
            }
        }
        for (Affixes a : byTag.values()) {
            a.prefixes().sort(Comparator.comparingInt(String::length).reversed());
            a.suffixes().sort(Comparator.comparingInt(String::length).reversed());
        }
        return new ArabicLemmas(byTag);
    }

    /** Whether verb {@code form} tagged {@code tag} ends in a suffix that is its subject ("هاجموا"). */
    boolean carriesSubject(String form, String tag) {
        Affixes a = tag == null ? null : byTag.get(tag);
        if (a == null) {
            return false;
        }
        String bare = ArabicWords.unvocalised(form);
        return a.subjects().stream().anyMatch(s -> bare.endsWith(s) && bare.length() - s.length() >= STEM);
    }

    /** The lemma of piece {@code form} tagged {@code tag}. */
    String lemma(String form, String tag) {
        String bare = ArabicWords.unvocalised(form);
        if (tag == null) {
            return bare;
        }
        String stem = bare;
        if (tag.startsWith("DT") && tag.length() > 2 && bare.startsWith("ال") && bare.length() > STEM) {
            stem = bare.substring(2); // then the affixes of the definite tag, if it has any
        }
        Affixes a = byTag.get(tag);
        if (a == null) {
            return stem;
        }
        for (String s : a.suffixes()) {
            if (stem.endsWith(s) && stem.length() - s.length() >= STEM) {
                stem = stem.substring(0, stem.length() - s.length());
                break;
            }
        }
        for (String p : a.prefixes()) {
            if (stem.startsWith(p) && stem.length() - p.length() >= STEM) {
                stem = stem.substring(p.length());
                for (Map.Entry<String, String> r : a.restore().entrySet()) {
                    if (stem.startsWith(r.getKey())
                            && stem.length() > r.getKey().length() + 1) {
                        stem = r.getValue() + stem.substring(r.getKey().length());
                        break;
                    }
                }
                break;
            }
        }
        return stem;
    }
}
