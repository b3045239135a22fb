package org.dyad.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of another dataset (ICEWS, GDELT, Phoenix, POLECAT) as {@code dyad import} stores it:
 * the fields dyad compares mapped to its own, and the original row kept whole.
 *
 * @param source the name the events are imported under ("icews" unless the user chose another)
 * @param format the file format read: icews, gdelt, phoenix or polecat
 * @param eventId the dataset's own id for the event, when it has one
 * @param file the input file's name (without its directory)
 * @param line the line of the file the event was read from, counting from 1
 * @param original the row as the dataset wrote it
 */
public record ImportedEvent(
        String source,
        String format,
        Optional<String> eventId,
        LocalDate date,
        ImportedActor actor,
        ImportedActor target,
        ImportedCode code,
        ImportedPlace where,
        String file,
        long line,
        String original) {

    public ImportedEvent {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(original, "original");
        if (source.isBlank()) {
            throw new IllegalArgumentException("blank source name");
        }
        if (line < 1) {
            throw new IllegalArgumentException("line " + line + " of " + file);
        }
    }

    /**
     * What makes a row the same row when a file is imported again: the dataset's id with the
     * event's date (ICEWS gives a few ids to two events of different dates), else the file and line.
     */
    public String importKey() {
        return eventId.map(id -> "id:" + id + "@" + date).orElse("line:" + file + ":" + line);
    }
}
