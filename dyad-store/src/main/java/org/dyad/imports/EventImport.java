package org.dyad.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.store.ImportedEvent;
import org.dyad.store.ImportedEvents;
import org.dyad.store.StoreException;

/**
 * One {@code dyad import} run: reads files of one format line by line and stores their events
 * under one source name, a batch at a time, so memory stays bounded whatever the file's size. A
 * malformed line is named on the error stream (file:line: why) and skipped; the good lines around
 * it are stored. Past {@link #MESSAGES_PER_FILE} such lines in one file the rest are only counted,
 * so that a file of the wrong format does not flood the terminal.
 */
public final class EventImport {
    /** Rows per transaction. */
    public static final int BATCH = 10_000;

    static final int MESSAGES_PER_FILE = 100;

    private final ImportFormat format;
    private final String source;
    private final ImportedEvents table;
    private final PrintWriter err;
    private final Lookups lookups;
    private final int batchSize;

    private final List<ImportedEvent> batch = new ArrayList<>();
    private long read;
    private long imported;
    private long duplicates;
    private long skipped;

    public EventImport(ImportFormat format, String source, ImportedEvents table, PrintWriter err) {
        this(format, source, table, err, BATCH);
    }

    EventImport(ImportFormat format, String source, ImportedEvents table, PrintWriter err, int batchSize) {
        this.format = format;
        this.source = source;
        this.table = table;
        this.err = err;
        this.lookups = Lookups.bundled();
        this.batchSize = batchSize;
    }

    /** Imports {@code files} in order; a file that cannot be opened is named on the error stream and passed over. */
    public ImportSummary run(List<Path> files) throws StoreException {
        int opened = 0;
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                err.println("dyad: " + file + ": no such file");
                continue;
            }
            try (BufferedReader in = InputFile.open(file)) {
                opened++;
                readFile(file, in);
            } catch (IOException e) {
                // A truncated .gz, say: what came before the damage is kept.
                err.println("dyad: " + file + ": cannot be read to its end (" + e.getMessage() + ")");
            }
            flush();
        }
        flush();
        return new ImportSummary(opened, read, imported, duplicates, skipped);
    }

    private void readFile(Path file, BufferedReader in) throws IOException, StoreException {
        String name = file.getFileName().toString();
        RowReader reader = format.reader(source, lookups);
        int messages = 0;
        long malformed = 0;
        long number = 0;
        for (String text = in.readLine(); text != null; text = in.readLine()) {
            number++;
            text = stripLineEnd(text);
            if (number == 1 && reader.hasHeader()) {
                try {
                    reader.header(text);
                    continue;
                } catch (MalformedRow e) {
                    err.println("dyad: " + file + ":1: " + e.getMessage() + " (file skipped)");
                    return;
                }
            }
            if (text.isBlank() || reader.isHeaderAnyway(number, text)) {
                continue;
            }
            read++;
            try {
                batch.add(reader.read(name, number, text));
            } catch (MalformedRow | IllegalArgumentException e) {
                skipped++;
                malformed++;
                if (++messages <= MESSAGES_PER_FILE) {
                    err.println("dyad: " + file + ":" + number + ": " + e.getMessage() + " (line skipped)");
                }
                continue;
            }
            if (batch.size() >= batchSize) {
                flush();
            }
        }
        if (malformed > MESSAGES_PER_FILE) {
            err.println("dyad: " + file + ": " + (malformed - MESSAGES_PER_FILE) + " more malformed lines skipped");
        }
    }

    private void flush() throws StoreException {
        if (batch.isEmpty()) {
            return;
        }
        long added = table.write(batch);
        imported += added;
        duplicates += batch.size() - added;
        batch.clear();
    }

    /** Files written on Windows end lines with CR LF; the CR is no part of the last cell. */
    private static String stripLineEnd(String text) {
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
}
