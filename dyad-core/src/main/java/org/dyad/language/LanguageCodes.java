package org.dyad.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.IsoCode639_3;
import com.github.pemistahl.lingua.api.Language;
import java.util.Locale;
import java.util.Optional;

/**
 * A language as inputs name it, made an ISO 639-1 code: "es", "ES", "es-419", "es_MX", "spa",
 * "Spanish" all give "es". What cannot be read as one gives nothing.
 */
public final class LanguageCodes {
    /** English, the language dyad was first written for. */
    public static final String ENGLISH = "en";

    private LanguageCodes() {}

    public static Optional<String> normalize(String given) {
        if (given == null) {
            return Optional.empty();
        }
        String base = given.strip().split("[-_]", 2)[0].toUpperCase(Locale.ROOT);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        try {
            IsoCode639_1 code;
            if (base.length() == 2) {
                code = IsoCode639_1.valueOf(base);
            } else if (base.length() == 3) {
                code = Language.getByIsoCode639_3(IsoCode639_3.valueOf(base)).getIsoCode639_1();
            } else {
                code = Language.valueOf(base).getIsoCode639_1();
            }
            // Lingua's UNKNOWN language and its code NONE are no language.
            return code == IsoCode639_1.NONE
                    ? Optional.empty()
                    : Optional.of(code.toString().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The language's English name, "Spanish" for "es", or the code itself when Lingua does not know it. */
    public static String name(String code) {
        try {
            String name = Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT)))
                    .name();
            return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
