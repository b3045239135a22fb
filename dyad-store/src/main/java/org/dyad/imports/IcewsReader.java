package org.dyad.imports;

import java.util.Optional;
import org.dyad.store.ImportedActor;
import org.dyad.store.ImportedCode;
import org.dyad.store.ImportedEvent;
import org.dyad.store.ImportedPlace;

/**
 * ICEWS Coded Event Data as Dataverse publishes it ({@code events.YYYY.*.tab}): tab-separated
 * with a header. ICEWS names actors and countries but gives no actor codes, so an actor's code
 * is its country's alpha-3 code; its sectors stay in the original row. Intensity is the Goldstein
 * weight; the quad class comes from the CAMEO root.
 */
final class IcewsReader implements RowReader {
    private final String source;
    private final Lookups lookups;
    private Header header;
    private int id;
    private int date;
    private int cameo;
    private int intensity;
    private int sourceName;
    private int sourceCountry;
    private int targetName;
    private int targetCountry;

    IcewsReader(String source, Lookups lookups) {
        this.source = source;
        this.lookups = lookups;
    }

    @Override
    public boolean hasHeader() {
        return true;
    }

    @Override
    public void header(String line) throws MalformedRow {
        header = new Header(line);
        id = header.required("ICEWS", "Event ID");
        date = header.required("ICEWS", "Event Date");
        cameo = header.required("ICEWS", "CAMEO Code");
        intensity = header.required("ICEWS", "Intensity");
        sourceName = header.required("ICEWS", "Source Name");
        sourceCountry = header.required("ICEWS", "Source Country");
        targetName = header.required("ICEWS", "Target Name");
        targetCountry = header.required("ICEWS", "Target Country");
    }

    @Override
    public ImportedEvent read(String file, long line, String text) throws MalformedRow {
        Cells cells = new Cells(text);
        if (cells.size() != header.size()) {
            throw new MalformedRow(cells.size() + " columns, the header has " + header.size());
        }
        Optional<String> code = Lookups.cameoCode(cells.get(cameo));
        if (code.isEmpty()) {
            throw new MalformedRow("CAMEO code '" + cells.get(cameo) + "' is not one");
        }
        ImportedCode what = lookups.forCameo(code, "", cells.get(intensity));
        return new ImportedEvent(
                source,
                "icews",
                cells.text(id),
                Cells.date(cells.get(date)),
                actor(cells, sourceName, sourceCountry),
                actor(cells, targetName, targetCountry),
                what,
                place(cells),
                file,
                line,
                header.json(cells));
    }

    private ImportedActor actor(Cells cells, int name, int country) {
        Optional<String> iso3 = cells.text(country).flatMap(lookups.countries::byName);
        return new ImportedActor(cells.text(name), iso3, iso3);
    }

    /** The most precise of City, District, Province and Country; the country by its name. */
    private ImportedPlace place(Cells cells) {
        Optional<String> name = Optional.empty();
        for (String column : new String[] {"City", "District", "Province", "Country"}) {
            name = name.or(() -> header.column(column).flatMap(cells::text));
        }
        Optional<String> country = header.column("Country").flatMap(cells::text).flatMap(lookups.countries::byName);
        return new ImportedPlace(
                name,
                country,
                Cells.coordinate(Header.cell(cells, header.column("Latitude")), 90),
                Cells.coordinate(Header.cell(cells, header.column("Longitude")), 180));
    }
}
