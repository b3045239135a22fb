package org.dyad.imports;

import java.util.Optional;
import org.dyad.store.ImportedActor;
import org.dyad.store.ImportedEvent;
import org.dyad.store.ImportedPlace;

/**
 * The Open Event Data Alliance's Phoenix real-time data: 26 tab-separated columns without a
 * header (EventID, Date, Year, Month, Day, SourceActorFull, SourceActorEntity, SourceActorRole,
 * SourceActorAttribute, TargetActorFull, TargetActorEntity, TargetActorRole, TargetActorAttribute,
 * EventCode, EventRootCode, QuadClass, GoldsteinScore, Issues, Lat, Lon, LocationName, StateName,
 * CountryCode, SentenceID, URLs, NewsSources). A first line naming these columns is passed over.
 */
final class PhoenixReader implements RowReader {
    private static final int COLUMNS = 26;
    private static final int SOURCE = 5;
    private static final int TARGET = 9;

    private final String source;
    private final Lookups lookups;

    PhoenixReader(String source, Lookups lookups) {
        this.source = source;
        this.lookups = lookups;
    }

    @Override
    public boolean hasHeader() {
        return false;
    }

    @Override
    public boolean isHeaderAnyway(long line, String text) {
        return line == 1 && text.startsWith("EventID\t");
    }

    @Override
    public ImportedEvent read(String file, long line, String text) throws MalformedRow {
        Cells cells = new Cells(text);
        if (cells.size() != COLUMNS) {
            throw new MalformedRow(cells.size() + " columns, Phoenix rows have " + COLUMNS);
        }
        Optional<String> code = Lookups.cameoCode(cells.get(13));
        if (code.isEmpty()) {
            throw new MalformedRow("EventCode '" + cells.get(13) + "' is not a CAMEO code");
        }
        String date = cells.get(1).isEmpty()
                ? String.format("%s-%02d-%02d", cells.get(2), parse(cells.get(3)), parse(cells.get(4)))
                : cells.get(1);
        return new ImportedEvent(
                source,
                "phoenix",
                cells.text(0),
                Cells.date(date),
                actor(cells, SOURCE),
                actor(cells, TARGET),
                lookups.forCameo(code, cells.get(15), cells.get(16)),
                new ImportedPlace(
                        cells.text(20).or(() -> cells.text(21)),
                        cells.text(22).flatMap(lookups.countries::byCodeOrName),
                        Cells.coordinate(cells.get(18), 90),
                        Cells.coordinate(cells.get(19), 180)),
                file,
                line,
                text);
    }

    /**
     * The full code is the actor's code; its country is whichever of the Entity and Role columns
     * holds a country's code (the pipeline writes the country in one and the agent in the other),
     * else the full code's first three letters when they are one.
     */
    private ImportedActor actor(Cells cells, int full) {
        Optional<String> country = cells.text(full + 1)
                .flatMap(lookups.countries::byCode)
                .or(() -> cells.text(full + 2).flatMap(lookups.countries::byCode))
                .or(() -> cells.text(full)
                        .filter(c -> c.length() >= 3)
                        .flatMap(c -> lookups.countries.byCode(c.substring(0, 3))));
        return new ImportedActor(Optional.empty(), cells.text(full), country);
    }

    private static int parse(String n) throws MalformedRow {
        try {
            return Integer.parseInt(n);
        } catch (NumberFormatException e) {
            throw new MalformedRow("no Date, and Month/Day '" + n + "' is not a number");
        }
    }
}
