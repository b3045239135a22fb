package org.dyad.coding.cameo;

import java.io.StringReader;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.coding.cameo.internal.ArabicVerbLines;
import org.dyad.lexicon.Resources;

/**
 * UniversalPetrarch's Arabic verb patterns (dictionaries/ar/SOURCES.md), a PETRARCH-2 file read by
 * the English reader ({@link VerbDictionaryReader}) after {@link ArabicVerbLines} has rewritten the
 * few lines it writes otherwise ({@link ArabicVerbConstruct}). Verbs are UDPipe lemmas, looked up
 * by a token's lemma with Arabic letters normalised ({@link org.dyad.lexicon.ArabicOrthography});
 * no English forms are generated for them. The English dictionary is not touched.
 *
 * @param dictionary the verbs, patterns and synsets, with the skipped lines as diagnostics
 * @param constructs how many lines of each kind were rewritten or skipped (absent means none)
 */
public record ArabicVerbs(VerbDictionary dictionary, Map<ArabicVerbConstruct, Integer> constructs) {
    /** The classpath location of the bundled Arabic verb patterns. */
    public static final String BUNDLED_RESOURCE = "/dyad/dictionaries/ar/CAMEO.ar.0.5.txt";

    private static final String BUNDLED_NAME = "CAMEO.ar.0.5.txt";
    private static final Pattern DIAGNOSTIC_LINE = Pattern.compile(Pattern.quote(BUNDLED_NAME) + ":(\\d+):.*");

    public ArabicVerbs {
        Objects.requireNonNull(dictionary, "dictionary");
        constructs = constructs.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(constructs));
    }

    /** The bundled Arabic verb dictionary. */
    public static VerbDictionary load() {
        return read().dictionary();
    }

    /** The bundled Arabic verb dictionary, with what was read approximately or skipped. */
    public static ArabicVerbs read() {
        List<String> lines = Resources.read(BUNDLED_RESOURCE).lines().toList();
        ArabicVerbLines rewritten = ArabicVerbLines.rewrite(lines);
        VerbDictionary dictionary =
                VerbDictionaryReader.read(BUNDLED_NAME, new StringReader(String.join("\n", rewritten.lines())));
        Map<ArabicVerbConstruct, Integer> counts = new EnumMap<>(ArabicVerbConstruct.class);
        rewritten.constructs().values().forEach(c -> counts.merge(c, 1, Integer::sum));
        for (String diagnostic : dictionary.diagnostics()) {
            Matcher m = DIAGNOSTIC_LINE.matcher(diagnostic);
            int line = m.matches() ? Integer.parseInt(m.group(1)) : 0;
            if (rewritten.constructs().get(line) == ArabicVerbConstruct.BROKEN_VERB) {
                continue; // counted already
            }
            boolean pattern = line > 0 && lines.get(line - 1).strip().matches("-(?!--).*");
            counts.merge(
                    pattern ? ArabicVerbConstruct.SKIPPED_PATTERN : ArabicVerbConstruct.SKIPPED_LINE, 1, Integer::sum);
        }
        return new ArabicVerbs(dictionary, counts);
    }

    /** The number of lines in which {@code construct} occurred. */
    public int count(ArabicVerbConstruct construct) {
        return constructs.getOrDefault(construct, 0);
    }

    /** The number of verb entries read, over all blocks. */
    public int verbCount() {
        return dictionary.blocks().stream().mapToInt(b -> b.verbs().size()).sum();
    }

    /** The number of patterns read, over all blocks. */
    public int patternCount() {
        return dictionary.blocks().stream().mapToInt(b -> b.patterns().size()).sum();
    }
}
