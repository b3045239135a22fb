package org.dyad.imports;

/**
 * What an import did: the files it could read, the rows it read (header lines not counted), the
 * rows it stored, those already stored (an earlier import of the same file, or a repeated id), and
 * the malformed rows it skipped.
 */
public record ImportSummary(int files, long read, long imported, long duplicates, long skipped) {
    /** Whether anything usable was given: a row that read, stored now or before. */
    public boolean usable() {
        return imported + duplicates > 0;
    }

    /** The summary line the command prints. */
    public String line() {
        return String.format(
                "dyad: %d file%s, %d rows read, %d imported, %d already stored, %d skipped",
                files, files == 1 ? "" : "s", read, imported, duplicates, skipped);
    }
}
