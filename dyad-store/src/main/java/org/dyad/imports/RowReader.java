package org.dyad.imports;

import org.dyad.store.ImportedEvent;

/** Reads the rows of one input file of one format into events; one instance per file. */
interface RowReader {
    /** Whether the file's first line names its columns. */
    boolean hasHeader();

    /** Takes the header line; a file whose header lacks a column the reader needs is refused whole. */
    default void header(String line) throws MalformedRow {}

    /** Whether a file without a header starts with one all the same (a line naming the columns), to pass over. */
    default boolean isHeaderAnyway(long line, String text) {
        return false;
    }

    /** The event on line {@code line} of {@code file}, whose text is {@code text}. */
    ImportedEvent read(String file, long line, String text) throws MalformedRow;
}
