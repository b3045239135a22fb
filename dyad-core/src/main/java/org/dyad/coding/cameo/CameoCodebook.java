package org.dyad.coding.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dyad.coding.cameo.internal.CodeSpec;
import org.dyad.coding.cameo.internal.CodeTables;
import org.dyad.lexicon.Resources;

/**
 * The CAMEO code tables: for each code its name, Goldstein weight and quad class. Weights come
 * from the Phoenix TSV, else CAMEO.SCALE.txt, names from CAMEO.SCALE.txt; a code missing from a
 * table takes the value of its nearest listed parent (1952 from 195), because the verb
 * dictionary uses some codes neither table lists. Quad classes follow the contract, by root.
 * Immutable.
 */
public final class CameoCodebook {

    private static final String DIR = "/dyad/dictionaries/cameo/";
    private static final String TSV = "cameo_goldstein_quadclass.phoenix.tsv";
    private static final String SCALE = "CAMEO.SCALE.txt";

    private final Map<String, Double> goldstein;
    private final Map<String, CodeTables.ScaleLine> scale;

    private CameoCodebook(Map<String, Double> goldstein, Map<String, CodeTables.ScaleLine> scale) {
        this.goldstein = Map.copyOf(goldstein);
        this.scale = Map.copyOf(scale);
    }

    /** The bundled tables. */
    public static CameoCodebook loadBundled() {
        try (BufferedReader tsv = Resources.open(DIR + TSV);
                BufferedReader names = Resources.open(DIR + SCALE)) {
            return read(tsv, names);
        } catch (IOException e) {
            throw new IllegalStateException("cannot close bundled code tables", e);
        }
    }

    /**
     * Tables read from a Goldstein TSV and a CAMEO.SCALE-format file. These are data files, not
     * user input: a malformed line throws {@link IllegalArgumentException} naming it.
     */
    public static CameoCodebook read(Reader goldsteinTsv, Reader scaleFile) {
        return new CameoCodebook(
                CodeTables.readGoldsteinTsv(TSV, goldsteinTsv), CodeTables.readScale(SCALE, scaleFile));
    }

    /**
     * What the tables say about {@code cameo} (2 to 4 digits, root 01-20), falling back to the
     * nearest listed parent for a weight or name the tables lack; empty for anything else.
     */
    public Optional<CodeInfo> lookup(String cameo) {
        Objects.requireNonNull(cameo, "cameo");
        String code = cameo.strip();
        if (!CodeSpec.isCode(code) || quadClassOfRoot(code) == 0) {
            return Optional.empty();
        }
        Optional<Double> weight = Optional.empty();
        Optional<String> name = Optional.empty();
        for (String level : lineage(code)) {
            if (weight.isEmpty()) {
                weight = Optional.ofNullable(goldstein.get(level))
                        .or(() -> Optional.ofNullable(scale.get(level)).map(CodeTables.ScaleLine::goldstein));
            }
            if (name.isEmpty()) {
                name = Optional.ofNullable(scale.get(level)).map(CodeTables.ScaleLine::name);
            }
        }
        if (weight.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CodeInfo(code, name.get(), weight.get(), quadClassOfRoot(code)));
    }

    /** Whether {@link #lookup} resolves {@code code}, directly or through a parent. */
    public boolean isValid(String code) {
        return lookup(code).isPresent();
    }

    /** Whether one of the tables lists {@code code} itself, so no parent fallback is needed. */
    public boolean isListed(String code) {
        return goldstein.containsKey(code) || scale.containsKey(code);
    }

    /** The files the tables come from, for provenance. */
    public String version() {
        return TSV + " (phoenix_pipeline d1639c5); " + SCALE + " v0.5B1";
    }

    /** The contract's quad class of a code's root: 1 for 01-04, 2 for 05-08, 3 for 09-13, 4 for 14-20; 0 if none. */
    static int quadClassOfRoot(String code) {
        int root = Integer.parseInt(code.substring(0, 2));
        if (root >= 1 && root <= 4) {
            return 1;
        }
        if (root >= 5 && root <= 8) {
            return 2;
        }
        if (root >= 9 && root <= 13) {
            return 3;
        }
        return root >= 14 && root <= 20 ? 4 : 0;
    }

    /** The code, then its parents down to the root: 1952, 195, 19. */
    private static List<String> lineage(String code) {
        List<String> levels = new ArrayList<>();
        for (int length = code.length(); length >= 2; length--) {
            levels.add(code.substring(0, length));
        }
        return levels;
    }
}
