package org.dyad.coding.plover.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Readers for the PLOVER data files: the modes per type (plover-modes.tsv), the CAMEO to PLOVER
 * table (CAMEO2PLOVER-2021.txt) and dyad's corrections to it. These are bundled data files, so a
 * line that does not read is a broken file and throws, naming the file and line.
 */
public final class PloverTables {

    /** One line of the mapping: the PLOVER type and the raw mode field (possibly blank). */
    public record MappingLine(String type, String mode) {}

    private PloverTables() {}

    /** Modes by type, in file order ({@code type <TAB> mode,mode,...}). */
    public static Map<String, List<String>> readModes(String name, Reader in) {
        Map<String, List<String>> modes = new LinkedHashMap<>();
        for (Line line : lines(name, in)) {
            if (line.text().isBlank()
                    || line.text().startsWith("#")
                    || line.text().startsWith("type\t")) {
                continue;
            }
            String[] fields = line.text().split("\t", -1);
            if (fields.length != 2 || fields[0].isBlank()) {
                throw line.broken("expected 'type<TAB>modes'");
            }
            List<String> list = new ArrayList<>();
            for (String mode : fields[1].split(",")) {
                normalizeMode(mode).ifPresent(list::add);
            }
            modes.put(fields[0].strip().toUpperCase(Locale.ROOT), List.copyOf(list));
        }
        return modes;
    }

    /**
     * The lines of CAMEO2PLOVER-2021.txt by code ({@code 0871: RETREAT, ceasefire, military # ...});
     * the first line for a code wins. Lines that do not start with a code are headings or rules.
     */
    /**
     * The CAMEO code names in the comments of CAMEO2PLOVER-2021.txt ({@code 163: ... # Impose
     * embargo, boycott, or sanctions}): they follow the later CAMEO codebook that the verb
     * dictionary uses, where CAMEO.SCALE.txt (v0.5B1) numbers a few codes differently.
     */
    public static Map<String, String> readNames(String name, Reader in) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Line line : lines(name, in)) {
            String text = line.text();
            int colon = text.indexOf(':');
            int hash = text.indexOf('#');
            if (colon < 0 || hash < colon || !text.substring(0, colon).strip().matches("\\d{2,4}")) {
                continue;
            }
            String described = text.substring(hash + 1).strip();
            if (!described.isEmpty()) {
                names.putIfAbsent(text.substring(0, colon).strip(), described);
            }
        }
        return names;
    }

    public static Map<String, MappingLine> readMapping(String name, Reader in) {
        Map<String, MappingLine> mapping = new LinkedHashMap<>();
        for (Line line : lines(name, in)) {
            String text = withoutComment(line.text());
            int colon = text.indexOf(':');
            if (colon < 0 || !text.substring(0, colon).strip().matches("\\d{2,4}")) {
                continue;
            }
            String[] fields = text.substring(colon + 1).split(",", -1);
            String type = fields[0].strip().toUpperCase(Locale.ROOT);
            if (type.isEmpty()) {
                throw line.broken("no PLOVER type");
            }
            mapping.putIfAbsent(
                    text.substring(0, colon).strip(), new MappingLine(type, fields.length > 1 ? fields[1] : ""));
        }
        return mapping;
    }

    /** Corrections by code ({@code cameo <TAB> type <TAB> mode <TAB> reason}). */
    public static Map<String, MappingLine> readCorrections(String name, Reader in) {
        Map<String, MappingLine> corrections = new LinkedHashMap<>();
        for (Line line : lines(name, in)) {
            if (line.text().isBlank()
                    || line.text().startsWith("#")
                    || line.text().startsWith("cameo\t")) {
                continue;
            }
            String[] fields = line.text().split("\t", -1);
            if (fields.length != 4 || !fields[0].matches("\\d{2,4}") || fields[3].isBlank()) {
                throw line.broken("expected 'cameo<TAB>type<TAB>mode<TAB>reason'");
            }
            corrections.put(fields[0], new MappingLine(fields[1].strip().toUpperCase(Locale.ROOT), fields[2]));
        }
        return corrections;
    }

    /** A mode as the manual spells it: trimmed, lower-case, inner spaces as hyphens; empty if blank. */
    public static Optional<String> normalizeMode(String mode) {
        String m = mode.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        return m.isEmpty() ? Optional.empty() : Optional.of(m);
    }

    private record Line(String file, int number, String text) {
        IllegalArgumentException broken(String why) {
            return new IllegalArgumentException(file + ":" + number + ": " + why);
        }
    }

    private static List<Line> lines(String name, Reader in) {
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<Line> lines = new ArrayList<>();
        try {
            int number = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                lines.add(new Line(name, ++number, text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return lines;
    }

    private static String withoutComment(String text) {
        int hash = text.indexOf('#');
        return hash < 0 ? text : text.substring(0, hash);
    }
}
