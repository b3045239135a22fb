package org.dyad.format.internal;

/**
 * One line of an input as raw bytes, without its line end, with its 1-based number;
 * {@code tooLong} when the line was longer than the limit and only its start was kept.
 */
public record ByteLine(int number, byte[] bytes, boolean tooLong) {}
