/**
 * PLOVER event types and modes for CAMEO codes ({@link org.dyad.coding.plover.PloverMapping}),
 * after CAMEO2PLOVER-2021.txt and the PLOVER manual; see
 * {@code dyad/dictionaries/plover/SOURCES.md} for the rules and the one correction.
 */
package org.dyad.coding.plover;
