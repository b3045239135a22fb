package org.dyad.coding.cameo.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readers for the two CAMEO code tables: the Phoenix Goldstein TSV and Schrodt's CAMEO.SCALE.txt.
 * These are bundled data files, so a line that does not read is a broken file and throws,
 * naming the file and line.
 */
public final class CodeTables {

    /** A code's name and weight from CAMEO.SCALE.txt. */
    public record ScaleLine(String name, double goldstein) {}

    private static final Pattern SCALE_LINE = Pattern.compile("\\s*(\\d{2,4}):\\[(-?\\d+(?:\\.\\d+)?)\\]\\s*(.*?)\\s*");

    private CodeTables() {}

    /** Goldstein weights by code from the TSV ({@code cameo_code root goldstein ...}, {@code #} comments). */
    public static Map<String, Double> readGoldsteinTsv(String name, Reader in) {
        Map<String, Double> weights = new LinkedHashMap<>();
        forEachLine(name, in, (line, number) -> {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("cameo_code")) {
                return;
            }
            String[] fields = line.split("\t");
            if (fields.length < 3 || !CodeSpec.isCode(fields[0])) {
                throw broken(name, number, "expected code, root and weight separated by tabs");
            }
            weights.putIfAbsent(fields[0], parseWeight(name, number, fields[2]));
        });
        return weights;
    }

    /** Names and weights by code from CAMEO.SCALE.txt ({@code 190:[-10.0] Use conventional military force}). */
    public static Map<String, ScaleLine> readScale(String name, Reader in) {
        Map<String, ScaleLine> lines = new LinkedHashMap<>();
        forEachLine(name, in, (line, number) -> {
            if (line.isBlank() || line.startsWith("#")) {
                return;
            }
            Matcher m = SCALE_LINE.matcher(line);
            if (!m.matches() || m.group(3).isEmpty()) {
                throw broken(name, number, "expected 'code:[weight] name'");
            }
            String codeName = m.group(3).replaceAll("\\s+", " ");
            lines.putIfAbsent(m.group(1), new ScaleLine(codeName, parseWeight(name, number, m.group(2))));
        });
        return lines;
    }

    private interface LineHandler {
        void handle(String line, int number);
    }

    private static void forEachLine(String name, Reader in, LineHandler handler) {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        try {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                handler.handle(line, ++number);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static double parseWeight(String name, int number, String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw broken(name, number, "weight '" + text + "' is not a number");
        }
    }

    private static IllegalArgumentException broken(String name, int number, String why) {
        return new IllegalArgumentException(name + ":" + number + ": " + why);
    }
}
