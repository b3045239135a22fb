package org.dyad.imports;

import java.util.Optional;
import org.dyad.store.ImportedActor;
import org.dyad.store.ImportedEvent;
import org.dyad.store.ImportedPlace;

/**
 * GDELT event files, tab-separated without a header: 1.0 (57 columns in the historical backfile,
 * 58 in the daily updates, which add SOURCEURL) and 2.0 (61 columns: each of the three Geo
 * blocks gains ADM2Code, and the row ends with DATEADDED and SOURCEURL). The version is told by
 * each line's column count. Actor codes are CAMEO's, whose country codes are mostly ISO alpha-3;
 * the action's country code is FIPS 10-4, so the country is read from the end of its full name.
 */
final class GdeltReader implements RowReader {
    private static final int ACTOR1 = 5;
    private static final int ACTOR2 = 15;
    private static final int EVENT_CODE = 26;
    private static final int QUAD_CLASS = 29;
    private static final int GOLDSTEIN = 30;
    /** Where the ActionGeo block starts: after 35 event columns and two actor Geo blocks of 7 (1.0) or 8 (2.0). */
    private static final int ACTION_GEO_V1 = 49;

    private static final int ACTION_GEO_V2 = 51;

    private final String source;
    private final Lookups lookups;

    GdeltReader(String source, Lookups lookups) {
        this.source = source;
        this.lookups = lookups;
    }

    @Override
    public boolean hasHeader() {
        return false;
    }

    @Override
    public ImportedEvent read(String file, long line, String text) throws MalformedRow {
        Cells cells = new Cells(text);
        int geo = switch (cells.size()) {
            case 57, 58 -> ACTION_GEO_V1;
            case 61 -> ACTION_GEO_V2;
            default ->
                throw new MalformedRow(cells.size() + " columns: GDELT 1.0 rows have 57 or 58, GDELT 2.0 rows 61");
        };
        Optional<String> id = cells.text(0);
        if (id.isEmpty()) {
            throw new MalformedRow("no GLOBALEVENTID");
        }
        Optional<String> code = Lookups.cameoCode(cells.get(EVENT_CODE));
        if (code.isEmpty()) {
            throw new MalformedRow("EventCode '" + cells.get(EVENT_CODE) + "' is not a CAMEO code");
        }
        // Lat and Long follow FullName, CountryCode, ADM1Code (and ADM2Code in 2.0).
        int lat = geo == ACTION_GEO_V1 ? geo + 4 : geo + 5;
        return new ImportedEvent(
                source,
                "gdelt",
                id,
                Cells.date(cells.get(1)),
                actor(cells, ACTOR1),
                actor(cells, ACTOR2),
                lookups.forCameo(code, cells.get(QUAD_CLASS), cells.get(GOLDSTEIN)),
                new ImportedPlace(
                        cells.text(geo + 1),
                        cells.text(geo + 1).flatMap(this::countryOfFullName),
                        Cells.coordinate(cells.get(lat), 90),
                        Cells.coordinate(cells.get(lat + 1), 180)),
                file,
                line,
                text);
    }

    /** Code, Name, CountryCode: the first three of the actor's ten columns. */
    private ImportedActor actor(Cells cells, int first) {
        return new ImportedActor(
                cells.text(first + 1), cells.text(first), cells.text(first + 2).flatMap(lookups.countries::byCode));
    }

    /** "Paris, Ile-de-France, France" names its country last. */
    private Optional<String> countryOfFullName(String fullName) {
        int comma = fullName.lastIndexOf(',');
        return lookups.countries.byName(comma < 0 ? fullName : fullName.substring(comma + 1));
    }
}
