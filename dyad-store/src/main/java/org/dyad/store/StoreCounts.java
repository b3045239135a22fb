package org.dyad.store;

/** How much a store holds: kept articles, of which failed to code, near-copies, events, and the story events they make. */
public record StoreCounts(long articles, long failed, long copies, long events, long stories) {}
