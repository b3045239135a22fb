package org.dyad.ingest;

/**
 * What one ingest run did: articles read from the input, skipped as already in the store,
 * skipped as repeated within this input, recorded as near-copies of a kept article, coded and
 * stored (of which failed to code, stored with the reason), and the events stored.
 */
public record IngestSummary(
        int read, int alreadyStored, int repeated, int nearCopies, int stored, int failed, long events) {

    /** Articles skipped as duplicates of any kind. */
    public int duplicates() {
        return alreadyStored + repeated + nearCopies;
    }
}
