package org.dyad.format.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The encoding an input declares with its byte-order mark, and how many bytes the mark takes.
 * Without a mark the input is taken to be UTF-8, the only encoding the contract promises.
 */
public record Bom(Charset charset, int length) {

    public static final Bom NONE = new Bom(StandardCharsets.UTF_8, 0);

    /** The mark at the start of {@code head}, or {@link #NONE}. */
    public static Bom detect(byte[] head) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return new Bom(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new Bom(StandardCharsets.UTF_16BE, 2);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return new Bom(StandardCharsets.UTF_16LE, 2);
        }
        return NONE;
    }

    /** Bytes per code unit: 2 for UTF-16, 1 for UTF-8. */
    public int unitSize() {
        return isUtf16() ? 2 : 1;
    }

    public boolean isUtf16() {
        return !charset.equals(StandardCharsets.UTF_8);
    }

    /** The name users know the encoding by, for diagnostics. */
    public String encodingName() {
        return isUtf16() ? "UTF-16" : "UTF-8";
    }

    private static boolean startsWith(byte[] head, int... mark) {
        if (head.length < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((head[i] & 0xFF) != mark[i]) {
                return false;
            }
        }
        return true;
    }
}
