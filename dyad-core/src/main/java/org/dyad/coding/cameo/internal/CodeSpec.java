package org.dyad.coding.cameo.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The inside of a {@code [...]} code in the verb dictionary: a CAMEO code or the null code
 * {@code ---}, optionally followed by {@code :} and the paired code, as in {@code [042:043]} or
 * {@code [:173]}.
 */
public record CodeSpec(Optional<String> code, Optional<String> paired) {

    private static final Pattern CODE = Pattern.compile("\\d{2,4}");
    public static final String NULL_CODE = "---";

    /** Parses the text between the brackets; empty when it is not a code. */
    public static Optional<CodeSpec> parse(String inside) {
        String text = inside.strip();
        int colon = text.indexOf(':');
        String first = colon < 0 ? text : text.substring(0, colon).strip();
        String second = colon < 0 ? "" : text.substring(colon + 1).strip();
        if (!isPart(first) || !isPart(second)) {
            return Optional.empty();
        }
        Optional<String> code = real(first);
        Optional<String> paired = real(second);
        if (text.isEmpty() || colon >= 0 && code.isEmpty() && paired.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CodeSpec(code, paired));
    }

    /** Whether {@code code} is written as a CAMEO code: 2 to 4 digits. */
    public static boolean isCode(String code) {
        return CODE.matcher(code).matches();
    }

    /** Throws, naming {@code what}, unless the optional code is absent or 2 to 4 digits. */
    public static Optional<String> require(Optional<String> code, String what) {
        code.ifPresent(c -> {
            if (!isCode(c)) {
                throw new IllegalArgumentException(what + " '" + c + "' is not a CAMEO code of 2 to 4 digits");
            }
        });
        return code;
    }

    private static boolean isPart(String part) {
        return part.isEmpty() || part.equals(NULL_CODE) || isCode(part);
    }

    private static Optional<String> real(String part) {
        return isCode(part) ? Optional.of(part) : Optional.empty();
    }
}
