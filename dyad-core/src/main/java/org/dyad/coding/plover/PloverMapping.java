package org.dyad.coding.plover;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dyad.coding.plover.internal.PloverTables;
import org.dyad.coding.plover.internal.PloverTables.MappingLine;
import org.dyad.lexicon.Resources;
import org.dyad.model.Plover;

/**
 * The mapping from CAMEO codes to PLOVER event types and modes, after CAMEO2PLOVER-2021.txt with
 * dyad's documented corrections. A code resolves by its own line, else its 3-digit parent's, else
 * its root's (the first root line, for root 08 which the file lists twice); roots 01 and 02 have
 * no PLOVER type. A mode is kept only if the PLOVER manual gives it to the type. Immutable.
 */
public final class PloverMapping {

    private static final String DIR = "/dyad/dictionaries/plover/";
    private static final String MAPPING = "CAMEO2PLOVER-2021.txt";
    private static final String MODES = "plover-modes.tsv";
    private static final String CORRECTIONS = "cameo2plover-corrections.tsv";

    private final List<String> types;
    private final Map<String, List<String>> modes;
    private final Map<String, Plover> byCode = new HashMap<>();
    private final Map<String, String> names;

    private PloverMapping(Map<String, List<String>> modes, Map<String, MappingLine> lines, Map<String, String> names) {
        this.names = Map.copyOf(names);
        this.types = List.copyOf(modes.keySet());
        this.modes = Map.copyOf(modes);
        lines.forEach((code, line) -> byCode.put(code, plover(code, line)));
    }

    /** The bundled mapping, modes and corrections. */
    public static PloverMapping loadBundled() {
        try (BufferedReader mapping = Resources.open(DIR + MAPPING);
                BufferedReader modes = Resources.open(DIR + MODES);
                BufferedReader corrections = Resources.open(DIR + CORRECTIONS)) {
            return read(mapping, modes, corrections);
        } catch (IOException e) {
            throw new IllegalStateException("cannot close bundled PLOVER tables", e);
        }
    }

    /**
     * A mapping read from files in the bundled formats. A malformed line, or a type that is not
     * one of {@code modes}' types, throws {@link IllegalArgumentException}.
     */
    public static PloverMapping read(Reader mapping, Reader modes, Reader corrections) {
        Map<String, List<String>> modeTable = PloverTables.readModes(MODES, modes);
        String mappingText = readAll(mapping);
        Map<String, MappingLine> lines = PloverTables.readMapping(MAPPING, new java.io.StringReader(mappingText));
        Map<String, String> names = PloverTables.readNames(MAPPING, new java.io.StringReader(mappingText));
        Map<String, MappingLine> fixes = PloverTables.readCorrections(CORRECTIONS, corrections);
        fixes.forEach((code, fix) -> {
            boolean known = PloverTables.normalizeMode(fix.mode())
                    .map(m -> modeTable.getOrDefault(fix.type(), List.of()).contains(m))
                    .orElse(true);
            if (!known) {
                throw new IllegalArgumentException("correction for CAMEO " + code + " gives " + fix.type() + " mode '"
                        + fix.mode() + "', which the PLOVER manual does not list");
            }
        });
        lines.putAll(fixes);
        return new PloverMapping(modeTable, lines, names);
    }

    private static String readAll(Reader in) {
        try {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = in.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + MAPPING, e);
        }
    }

    /** The name of a CAMEO code as the comments of CAMEO2PLOVER-2021.txt give it (the later codebook's). */
    public Optional<String> cameoName(String cameo) {
        return Optional.ofNullable(names.get(cameo));
    }

    /** The PLOVER type and mode for a CAMEO code; empty for roots 01 and 02 and unknown codes. */
    public Optional<Plover> forCameo(String cameo) {
        Objects.requireNonNull(cameo, "cameo");
        String code = cameo.strip();
        if (!code.matches("\\d{2,4}") || code.startsWith("01") || code.startsWith("02")) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(code))
                .or(() -> Optional.ofNullable(code.length() == 4 ? byCode.get(code.substring(0, 3)) : null))
                .or(() -> Optional.ofNullable(byCode.get(code.substring(0, 2))));
    }

    /** The 16 PLOVER event types, in the manual's order. */
    public List<String> types() {
        return types;
    }

    /** The modes the PLOVER manual gives {@code type}, in its order; empty for types without modes or unknown types. */
    public List<String> modes(String type) {
        return modes.getOrDefault(type, List.of());
    }

    private Plover plover(String code, MappingLine line) {
        if (!modes.containsKey(line.type())) {
            throw new IllegalArgumentException("CAMEO " + code + " maps to '" + line.type() + "', not a PLOVER type");
        }
        Optional<String> mode = PloverTables.normalizeMode(line.mode()).filter(modes.get(line.type())::contains);
        return new Plover(line.type(), mode);
    }
}
