package org.dyad.eval.validation;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an {@code <EventCoding>}'s attributes become an expected coding, in the three ways the
 * files write them. English: {@code eventcode="050"}, actor codes as PETRARCH writes them.
 * Spanish: {@code eventcode="145_Protest_violently_riot"} (the code, then its name) or
 * {@code "14_PROTEST_"}, {@code sourcecode="~REB"} for an agent with no country (PETRARCH's
 * {@code ---REB}) and {@code ""} for none. Arabic: {@code eventcode=""}, {@code plover="PROTEST"},
 * actors as a country and a role apart, {@code "None CVL"}, {@code "USA GOV"}, {@code "None None"}.
 */
final class ExpectedCodings {
    private static final Pattern LEADING_DIGITS = Pattern.compile("^\\d+");
    private static final Pattern COUNTRY_ROLE = Pattern.compile("(None|[A-Z]{3}) (None|[A-Z]{3})");

    private ExpectedCodings() {}

    /** The coding of an {@code <EventCoding>} with an eventcode attribute. */
    static ValidationRecord.ExpectedCoding of(Map<String, String> attributes) {
        String code = attributes.getOrDefault("eventcode", "").strip();
        Matcher digits = LEADING_DIGITS.matcher(code);
        String plover = attributes.getOrDefault("plover", "").strip();
        return new ValidationRecord.ExpectedCoding(
                digits.find() ? digits.group() : "",
                actor(attributes.get("sourcecode")),
                actor(attributes.get("targetcode")),
                code,
                plover.isEmpty() ? Optional.empty() : Optional.of(plover));
    }

    /**
     * An actor code as PETRARCH would write it: none ({@code ---}) for a missing or blank code,
     * {@code ---REB} for {@code ~REB}, {@code ---CVL} for {@code None CVL}, {@code USAGOV} for
     * {@code USA GOV}, {@code USA} for {@code USA None}; any other code as it is.
     */
    static String actor(String written) {
        String s = written == null ? "" : written.strip();
        if (s.isEmpty() || s.equals("None")) {
            return CodingMatch.NONE;
        }
        if (s.startsWith("~")) {
            return CodingMatch.NONE + s.substring(1);
        }
        Matcher pair = COUNTRY_ROLE.matcher(s);
        if (pair.matches()) {
            String country = pair.group(1).equals("None") ? "" : pair.group(1);
            String role = pair.group(2).equals("None") ? "" : pair.group(2);
            if (country.isEmpty()) {
                return role.isEmpty() ? CodingMatch.NONE : CodingMatch.NONE + role;
            }
            return country + role;
        }
        return s;
    }
}
