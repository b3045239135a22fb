package org.dyad.store;

/** How much a store holds: kept articles, of which failed to code, near-copies, and events. */
public record StoreCounts(long articles, long failed, long copies, long events) {
}
