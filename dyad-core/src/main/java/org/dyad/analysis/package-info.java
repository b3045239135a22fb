/**
 * Aggregate analyses over coded events, as a library with no I/O of its own beyond writers:
 * {@link org.dyad.analysis.Timeline} (one dyad period by period, with
 * {@link org.dyad.analysis.TimelineWriter} for tables and CSV and
 * {@link org.dyad.analysis.TimelineChart} for SVG), {@link org.dyad.analysis.Dyads} (the most
 * active pairs), {@link org.dyad.analysis.SignedNetwork} (with
 * {@link org.dyad.analysis.NetworkWriter} for GraphML, GEXF and JSON),
 * {@link org.dyad.analysis.StructuralBalance} and {@link org.dyad.analysis.Shifts} (change points
 * in a dyad's weekly tone, found by {@link org.dyad.analysis.ChangePointDetector}).
 *
 * <p>Every analysis takes {@link org.dyad.analysis.DyadEvent}s, the few fields of an event it
 * needs, made from a coded {@link org.dyad.model.Event} or a {@code dyad.event/1} line.
 * Definitions and the change-point method are in {@code docs/analysis.md}.
 */
package org.dyad.analysis;
