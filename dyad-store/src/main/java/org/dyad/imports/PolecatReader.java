package org.dyad.imports;

import java.util.Locale;
import java.util.Optional;
import org.dyad.store.ImportedActor;
import org.dyad.store.ImportedEvent;
import org.dyad.store.ImportedPlace;

/**
 * POLECAT's weekly files from Harvard Dataverse: tab-separated with a header, events typed in
 * PLOVER. The quad class is the one the PLOVER manual gives the event type (else the row's Quad
 * Code); Intensity is kept as the Goldstein weight when it is within -10..10. An actor's code is
 * its country's alpha-3 code followed by its primary sector when the file gives one ("VENGOV").
 */
final class PolecatReader implements RowReader {
    private final String source;
    private final Lookups lookups;
    private Header header;
    private int id;
    private int date;
    private int type;

    PolecatReader(String source, Lookups lookups) {
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
        id = header.required("POLECAT", "Event ID");
        date = header.required("POLECAT", "Event Date");
        type = header.required("POLECAT", "Event Type");
    }

    @Override
    public ImportedEvent read(String file, long line, String text) throws MalformedRow {
        Cells cells = new Cells(text);
        // Some published files end their rows with empty extra cells; a row with fewer is cut short.
        if (cells.size() < header.size()) {
            throw new MalformedRow(cells.size() + " columns, the header has " + header.size());
        }
        Optional<String> event = cells.text(type);
        if (event.isEmpty()) {
            throw new MalformedRow("no Event Type");
        }
        return new ImportedEvent(
                source,
                "polecat",
                cells.text(id),
                Cells.date(cells.get(date)),
                actor(cells, "Actor", "Actor"),
                actor(cells, "Recipient", "Recipient"),
                lookups.forPlover(
                        event,
                        Header.cell(cells, header.column("Quad Code", "Quad Class")),
                        Header.cell(cells, header.column("Intensity", "Event Intensity"))),
                place(cells),
                file,
                line,
                header.json(cells));
    }

    private ImportedActor actor(Cells cells, String role, String prefix) {
        Optional<String> country =
                header.column(role + " Country").flatMap(cells::text).flatMap(lookups.countries::byCodeOrName);
        Optional<String> sector = header.column("Primary " + prefix + " Sector", prefix + " Sector")
                .flatMap(cells::text)
                .map(s -> s.toUpperCase(Locale.ROOT))
                .filter(s -> s.matches("[A-Z]{3}"));
        Optional<String> code = country.map(c -> c + sector.orElse(""));
        return new ImportedActor(header.column(role + " Name").flatMap(cells::text), code, country);
    }

    private ImportedPlace place(Cells cells) {
        Optional<String> name = header.column("Placename", "Location", "City").flatMap(cells::text);
        Optional<String> country =
                header.column("Country").flatMap(cells::text).flatMap(lookups.countries::byCodeOrName);
        return new ImportedPlace(
                name,
                country,
                Cells.coordinate(Header.cell(cells, header.column("Latitude", "Lat")), 90),
                Cells.coordinate(Header.cell(cells, header.column("Longitude", "Lon")), 180));
    }
}
