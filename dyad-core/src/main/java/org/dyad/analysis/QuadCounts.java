package org.dyad.analysis;

/**
 * Event counts by quad class: verbal cooperation (1), material cooperation (2), verbal
 * conflict (3) and material conflict (4).
 */
public record QuadCounts(int verbalCooperation, int materialCooperation, int verbalConflict, int materialConflict) {

    public static final QuadCounts NONE = new QuadCounts(0, 0, 0, 0);

    public QuadCounts {
        if (verbalCooperation < 0 || materialCooperation < 0 || verbalConflict < 0 || materialConflict < 0) {
            throw new IllegalArgumentException("negative count in " + verbalCooperation + "/" + materialCooperation
                    + "/" + verbalConflict + "/" + materialConflict);
        }
    }

    /** The count of quad class {@code quadClass} (1-4). */
    public int get(int quadClass) {
        return switch (quadClass) {
            case 1 -> verbalCooperation;
            case 2 -> materialCooperation;
            case 3 -> verbalConflict;
            case 4 -> materialConflict;
            default -> throw new IllegalArgumentException("quad class " + quadClass + " is not 1-4");
        };
    }

    public int total() {
        return verbalCooperation + materialCooperation + verbalConflict + materialConflict;
    }

    /** The short names used as column headers and legend entries, by quad class 1-4. */
    public static String name(int quadClass) {
        return switch (quadClass) {
            case 1 -> "verbal cooperation";
            case 2 -> "material cooperation";
            case 3 -> "verbal conflict";
            case 4 -> "material conflict";
            default -> throw new IllegalArgumentException("quad class " + quadClass + " is not 1-4");
        };
    }
}
