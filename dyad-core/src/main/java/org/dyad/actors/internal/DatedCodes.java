package org.dyad.actors.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dyad.actors.DatedCode;

/**
 * Parses the inside of one actor code bracket: "CODE", "CODE <date", "CODE >date", "CODE date-date".
 * Besides upper-case codes it reads what the PETRARCH validation files write: a lower-case code
 * ("pse", read as PSE), a compound code ("FRO/BIL/SAM": the first code, with the others kept as
 * its compound), and "+++", read as the null code.
 */
public final class DatedCodes {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+|" + Pattern.quote(DatedCode.NULL_CODE));
    // The validation files' stand-in for TABARI's discard code "###" (PETRARCH has no discard
    // codes in its actor files and passes "+++" through as an opaque code). dyad reads it as
    // "known, and no actor", which is what the null code says.
    private static final String PLACEHOLDER = "+++";

    private DatedCodes() {}

    public static DatedCode parse(String bracketContent) {
        String[] parts = SPACES.split(bracketContent.strip(), 2);
        List<String> codes = new ArrayList<>();
        for (String part : parts[0].split("/", -1)) {
            String upper = part.toUpperCase(Locale.ROOT);
            codes.add(checkCode(upper.equals(PLACEHOLDER) ? DatedCode.NULL_CODE : upper));
        }
        String code = codes.get(0);
        List<String> compound = codes.subList(1, codes.size());
        if (parts.length == 1) {
            return DatedCode.undated(code).withCompound(compound);
        }
        // "[EGYGOV > 140608]": a space after the sign is harmless, so it is read, not rejected.
        String restriction = SPACES.matcher(parts[1]).replaceAll("");
        return restricted(code, restriction).withCompound(compound);
    }

    /**
     * {@code code} if it can be an actor code: upper-case letters and digits, at least three
     * (the country or class every code starts with), or the null code.
     */
    public static String checkCode(String code) {
        if (!CODE.matcher(code).matches()) {
            throw new MalformedLineException("code '" + code + "' is not upper-case letters and digits");
        }
        if (code.length() < 3) {
            throw new MalformedLineException("code '" + code + "' is shorter than three characters");
        }
        return code;
    }

    private static DatedCode restricted(String code, String restriction) {
        if (restriction.startsWith("<")) {
            return new DatedCode(code, Optional.empty(), Optional.of(PhoenixDates.parse(restriction.substring(1))));
        }
        if (restriction.startsWith(">")) {
            return new DatedCode(code, Optional.of(PhoenixDates.parse(restriction.substring(1))), Optional.empty());
        }
        int dash = restriction.indexOf('-');
        if (dash < 0) {
            throw new MalformedLineException(
                    "date restriction '" + restriction + "' of " + code + " has no '<', '>' or '-'");
        }
        LocalDate from = PhoenixDates.parse(restriction.substring(0, dash));
        LocalDate to = PhoenixDates.parse(restriction.substring(dash + 1));
        if (to.isBefore(from)) {
            throw new MalformedLineException("date range '" + restriction + "' of " + code + " ends before it starts");
        }
        return new DatedCode(code, Optional.of(from), Optional.of(to));
    }
}
