package org.dyad.analysis;

/**
 * What a shift changed in: the tone of a dyad's events, or how often it has events of material
 * conflict or of cooperation. Rates are what analysts read wars by: a war breaking out is a jump
 * in the rate of material conflict, often in a dyad with almost no events before it, whose
 * mean weight alone says little.
 */
public enum ShiftMeasure {
    /** The mean Goldstein weight of the periods with events. */
    TONE("mean Goldstein weight"),
    /** Events of material conflict (quad class 4) per period, periods without any counted as zero. */
    CONFLICT("material conflict"),
    /** Events of verbal or material cooperation (quad classes 1 and 2) per period. */
    COOPERATION("cooperation");

    private final String label;

    ShiftMeasure(String label) {
        this.label = label;
    }

    /** "material conflict". */
    public String label() {
        return label;
    }

    /** Whether an event of quad class {@code quad} counts towards this rate. */
    public boolean counts(int quad) {
        return switch (this) {
            case TONE -> true;
            case CONFLICT -> quad == 4;
            case COOPERATION -> quad == 1 || quad == 2;
        };
    }

    /** How many of a period's events count towards this rate. */
    int count(QuadCounts counts) {
        return switch (this) {
            case TONE -> counts.total();
            case CONFLICT -> counts.materialConflict();
            case COOPERATION -> counts.verbalCooperation() + counts.materialCooperation();
        };
    }
}
