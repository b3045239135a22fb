package org.dyad.imports;

import java.util.Locale;

/** The datasets {@code dyad import} reads, each by its published file format. */
public enum ImportFormat {
    ICEWS,
    GDELT,
    PHOENIX,
    POLECAT;

    /** "icews", as on the command line and in the {@code format} column. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    RowReader reader(String source, Lookups lookups) {
        return switch (this) {
            case ICEWS -> new IcewsReader(source, lookups);
            case GDELT -> new GdeltReader(source, lookups);
            case PHOENIX -> new PhoenixReader(source, lookups);
            case POLECAT -> new PolecatReader(source, lookups);
        };
    }
}
