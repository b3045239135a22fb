/**
 * Readers of other event datasets' published files (ICEWS, GDELT 1.0 and 2.0, Phoenix, POLECAT),
 * one small class per format, and the {@code dyad import} run that streams them into the store's
 * {@code imported_events} table. docs/import.md says which column goes where.
 */
package org.dyad.imports;
