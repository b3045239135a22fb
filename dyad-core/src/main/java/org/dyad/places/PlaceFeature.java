package org.dyad.places;

import java.util.Locale;

/** What kind of place a gazetteer entry is; {@link #label()} is the contract's {@code where.feature}. */
public enum PlaceFeature {
    COUNTRY("country"),
    ADM1("ADM1"),
    CITY("city"),
    AIRPORT("airport"),
    MILITARY_BASE("military base");

    private final String label;

    PlaceFeature(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The feature of a label as the data files write it ("city", "ADM1", "military base"). */
    public static PlaceFeature ofLabel(String label) {
        for (PlaceFeature f : values()) {
            if (f.label.equalsIgnoreCase(label.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown place feature '" + label + "'; one of "
                + java.util.Arrays.stream(values())
                        .map(PlaceFeature::label)
                        .toList()
                        .toString()
                        .toLowerCase(Locale.ROOT));
    }

    /** Whether a place of this kind is a site with its own name ("Damascus International Airport"). */
    public boolean isSite() {
        return this == AIRPORT || this == MILITARY_BASE;
    }
}
