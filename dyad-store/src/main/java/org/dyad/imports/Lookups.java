package org.dyad.imports;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.dyad.actors.CountryTable;
import org.dyad.coding.cameo.CameoCodebook;
import org.dyad.coding.cameo.CodeInfo;
import org.dyad.coding.plover.PloverQuads;
import org.dyad.store.ImportedCode;

/**
 * The tables the readers map other datasets' values with, all of them dyad's own bundled data:
 * the country table, the CAMEO codebook (quad class by root, Goldstein weights) and PLOVER's quad
 * categories. Built once per import run; immutable.
 */
final class Lookups {
    final CountryNames countries;
    private final CameoCodebook cameo;
    private final PloverQuads plover;

    Lookups(CountryNames countries, CameoCodebook cameo, PloverQuads plover) {
        this.countries = countries;
        this.cameo = cameo;
        this.plover = plover;
    }

    static Lookups bundled() {
        return new Lookups(
                new CountryNames(CountryTable.load()), CameoCodebook.loadBundled(), PloverQuads.loadBundled());
    }

    /**
     * A CAMEO code as a 2-4 digit string. Files that went through a spreadsheet or Dataverse's
     * tabular ingest lose leading zeros ("43" for 043, "311" for 0311); since roots run 01-20, a code
     * whose first two digits are past 20, or a single digit, gets its zero back.
     */
    static Optional<String> cameoCode(String raw) {
        String code = raw.strip();
        if (!code.matches("\\d{1,4}")) {
            return Optional.empty();
        }
        while (code.length() == 1 || (code.length() < 4 && Integer.parseInt(code.substring(0, 2)) > 20)) {
            code = "0" + code;
        }
        int root = Integer.parseInt(code.substring(0, 2));
        return root >= 1 && root <= 20 ? Optional.of(code) : Optional.empty();
    }

    /**
     * The code of an event coded in CAMEO: the quad class by dyad's rule for the code's root (as
     * dyad's own events get theirs, so that the two compare), else the dataset's own; the
     * dataset's Goldstein weight when it gives one on the scale, else the codebook's.
     */
    ImportedCode forCameo(Optional<String> code, String datasetQuad, String datasetWeight) {
        Optional<CodeInfo> info = code.flatMap(c -> cameo.lookup(c).or(() -> cameo.lookup(c.substring(0, 2))));
        OptionalInt quad = info.map(i -> OptionalInt.of(i.quadClass())).orElseGet(() -> quad(datasetQuad));
        OptionalDouble weight = weight(datasetWeight);
        if (weight.isEmpty() && info.isPresent()) {
            weight = OptionalDouble.of(info.get().goldstein());
        }
        return new ImportedCode(code, code.map(c -> c.substring(0, 2)), quad, weight, Optional.empty());
    }

    /**
     * The code of an event typed in PLOVER: the quad category the PLOVER manual gives the type,
     * else the dataset's own quad code; the dataset's intensity as the weight when it is on the
     * Goldstein scale's -10..10.
     */
    ImportedCode forPlover(Optional<String> type, String datasetQuad, String datasetIntensity) {
        Optional<String> upper = type.map(t -> t.strip().toUpperCase(java.util.Locale.ROOT));
        OptionalInt quad =
                upper.map(plover::quadClass).filter(OptionalInt::isPresent).orElseGet(() -> quad(datasetQuad));
        return new ImportedCode(Optional.empty(), Optional.empty(), quad, weight(datasetIntensity), upper);
    }

    private static OptionalInt quad(String value) {
        String v = value.strip();
        return v.matches("[1-4]") ? OptionalInt.of(Integer.parseInt(v)) : OptionalInt.empty();
    }

    private static OptionalDouble weight(String value) {
        OptionalDouble d = Cells.number(value);
        return d.isPresent() && d.getAsDouble() >= -10 && d.getAsDouble() <= 10 ? d : OptionalDouble.empty();
    }
}
