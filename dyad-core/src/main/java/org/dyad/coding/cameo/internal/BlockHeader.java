package org.dyad.coding.cameo.internal;

import java.util.Optional;

/**
 * A verb block header, {@code ---  NAME   [CODE]  ---}. A missing {@code [CODE]} is the null
 * code, as the format says. Dashes glued to the code, as in
 * {@code ---  OVERRULE   [120]---  ---}, are tolerated.
 */
record BlockHeader(String name, Optional<String> code, Optional<String> paired) {

    static BlockHeader parse(String text) throws MalformedLineException {
        String inner = trimDashes(text);
        Bracketed code = Bracketed.extract(inner, '[', ']');
        String name = code.rest().strip();
        if (name.isEmpty()) {
            throw new MalformedLineException("block header has no name");
        }
        if (code.inside().isEmpty()) {
            return new BlockHeader(name, Optional.empty(), Optional.empty());
        }
        String inside = code.inside().get();
        CodeSpec spec = CodeSpec.parse(inside)
                .orElseThrow(() -> new MalformedLineException("block code [" + inside + "] is not a CAMEO code"));
        return new BlockHeader(name, spec.code(), spec.paired());
    }

    private static String trimDashes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == '-' || Character.isWhitespace(text.charAt(start)))) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == '-' || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(start, end);
    }
}
