package org.dyad.coding.plover;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.dyad.lexicon.Resources;

/**
 * The quad category (1 verbal cooperation to 4 material conflict) of each PLOVER event type, as
 * the PLOVER manual's table "Quad categories in PLOVER" gives it ({@code plover-quads.tsv}).
 * Immutable.
 */
public final class PloverQuads {
    private static final String FILE = "/dyad/dictionaries/plover/plover-quads.tsv";

    private final Map<String, Integer> byType;

    private PloverQuads(Map<String, Integer> byType) {
        this.byType = Map.copyOf(byType);
    }

    /** The bundled table. */
    public static PloverQuads loadBundled() {
        try (BufferedReader in = Resources.open(FILE)) {
            return read(FILE, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }

    /**
     * A table in the {@code type <TAB> quad} format, '#' comments and a header line allowed. It is
     * bundled data: a malformed line throws {@link IllegalArgumentException} naming it.
     */
    public static PloverQuads read(String name, Reader in) throws IOException {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        Map<String, Integer> byType = new LinkedHashMap<>();
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("type\t")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 2 || !cells[1].strip().matches("[1-4]")) {
                throw new IllegalArgumentException(name + ":" + number + ": expected 'type<TAB>quad (1-4)'");
            }
            byType.put(cells[0].strip().toUpperCase(Locale.ROOT), Integer.parseInt(cells[1].strip()));
        }
        return new PloverQuads(byType);
    }

    /** The quad category of {@code type} (any case, "assault" or "ASSAULT"); empty for an unknown type. */
    public OptionalInt quadClass(String type) {
        Integer quad = byType.get(type.strip().toUpperCase(Locale.ROOT));
        return quad == null ? OptionalInt.empty() : OptionalInt.of(quad);
    }

    public int size() {
        return byType.size();
    }
}
