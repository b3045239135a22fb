package org.dyad.coding;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.lexicon.BundledWords;
import org.dyad.lexicon.Resources;
import org.dyad.lexicon.WordTable;

/**
 * How an embedding verb combines with the event it embeds: "agreed to [hold talks]" is an
 * intent to meet, "refused to [release]" a refusal to yield. Families and codes come from two
 * bundled data files; {@link #combine} answers the combined CAMEO code.
 */
public final class Embedding {
    public static final String VERBS = "dyad/lexicon/embedding-verbs.txt";
    public static final String CODES = "dyad/lexicon/embedding-codes.tsv";
    /** The family of reporting verbs ("said", "announced"), whose complement is the reported event. */
    public static final String REPORT = "report";

    private final WordTable families;
    private final Map<String, String> codes;

    public Embedding(WordTable families, Map<String, String> codes) {
        this.families = families;
        this.codes = Map.copyOf(codes);
    }

    public static Embedding loadBundled() {
        return loadBundled(BundledWords.ENGLISH);
    }

    /** The embedding verbs of {@code words}' language, and their codes. */
    public static Embedding loadBundled(BundledWords words) {
        return new Embedding(words.table(VERBS), parseCodes(Resources.read(words.path(CODES))));
    }

    /** Parses "family root-or-code code" lines into keys "family/root" (or "family/code"). */
    public static Map<String, String> parseCodes(String text) {
        Map<String, String> out = new HashMap<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length == 3) {
                out.put(f[0].toLowerCase(Locale.ROOT) + "/" + f[1], f[2]);
            }
        }
        return out;
    }

    /** The family of an embedding word ("intent", "appeal", "report", ...), if it is one. */
    public Optional<String> family(String lemma) {
        return families.value(lemma).filter(v -> !v.isEmpty());
    }

    /**
     * The family of verb token {@code v}: of its phrasal verb first ("put forward" is written
     * {@code put_forward}: it proposes, where "put" alone is nothing), else of its lemma.
     */
    public Optional<String> family(org.dyad.nlp.DependencyTree tree, int v) {
        for (int p : tree.children(v, "compound:prt")) {
            Optional<String> phrasal =
                    family(tree.token(v).lemma() + "_" + tree.token(p).word());
            if (phrasal.isPresent()) {
                return phrasal;
            }
        }
        return family(tree.token(v).lemma());
    }

    public boolean isReporting(String lemma) {
        return family(lemma).map(REPORT::equals).orElse(false);
    }

    /**
     * The code of "{@code family} to [event coded {@code embedded}]": empty when the family has no
     * rule, the embedded code itself when the rule keeps it ("=").
     */
    public Optional<String> combine(String family, String embedded) {
        String root = embedded.substring(0, Math.min(2, embedded.length()));
        String code = codes.get(family + "/" + embedded);
        if (code == null) {
            code = codes.getOrDefault(family + "/" + root, codes.get(family + "/*"));
        }
        if (code == null) {
            return Optional.empty();
        }
        if (code.startsWith(">") && !code.substring(1).equals(family)) {
            return combine(code.substring(1), embedded);
        }
        return Optional.of(code.equals("=") ? embedded : code);
    }

    /** The code of "{@code family} to [something without a code]": "agreed to undertake exercises" is 030. */
    public Optional<String> alone(String family) {
        return Optional.ofNullable(codes.get(family + "/-"));
    }

    /** Whether the family keeps the embedded code, so the event is only intended or attempted. */
    public boolean keepsEmbedded(String family, String embedded) {
        return combine(family, embedded).map(embedded::equals).orElse(false);
    }
}
