/**
 * Measuring dyad's accuracy: gold files of hand-coded events ({@link org.dyad.eval.GoldReader}),
 * the scorer that matches coded events to them by the rules of the reference scorer {@code score_events.py}
 * ({@link org.dyad.eval.Scorer}), the confusion of PLOVER types, and the missed gold events with the
 * coder's reasons ({@link org.dyad.eval.MissExplainer}). The UniversalPetrarch validation records
 * are in {@link org.dyad.eval.validation}.
 */
package org.dyad.eval;
