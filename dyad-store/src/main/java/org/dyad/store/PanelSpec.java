package org.dyad.store;

import java.util.Objects;
import org.dyad.analysis.Period;

/**
 * What a dyad-period panel is made of: the period, whether a side is an actor code as stored
 * ({@code RUSGOV}) or its country ({@code RUS}), whether every dyad gets every period of the
 * panel (a balanced panel, zeros where nothing happened) and the file format.
 */
public record PanelSpec(Period period, Unit unit, boolean balanced, FileFormat format) {
    /** What one side of a dyad is. */
    public enum Unit {
        /** The actor code as stored: {@code source_code}, {@code target_code}. */
        CODE,
        /** The actor's country: {@code source_country}, {@code target_country}. */
        COUNTRY
    }

    /** The formats DuckDB's COPY writes a panel in. */
    public enum FileFormat {
        CSV,
        PARQUET
    }

    public PanelSpec {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(format, "format");
    }
}
