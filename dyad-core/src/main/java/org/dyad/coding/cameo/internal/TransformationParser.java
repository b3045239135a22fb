package org.dyad.coding.cameo.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.coding.cameo.Transformation;

/** Reads one transformation line, {@code ~ a (b c LOWERVERB) UPPERVERB = a c CODE}. */
public final class TransformationParser {

    private static final Pattern LINE = Pattern.compile(
            "~\\s*(\\S+)\\s*\\(\\s*(\\S+)\\s+(\\S+)\\s+([^\\s()]+)\\s*\\)\\s*(\\S+)\\s*=\\s*(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*");

    private TransformationParser() {}

    /** The transformation on {@code text} (comments already removed). */
    public static Transformation parse(String text, int line) throws MalformedLineException {
        Matcher m = LINE.matcher(text.strip());
        if (!m.matches()) {
            throw new MalformedLineException("transformation is not '~ a (b c VERB) VERB = a c CODE'");
        }
        return new Transformation(
                m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7), m.group(8), line);
    }
}
