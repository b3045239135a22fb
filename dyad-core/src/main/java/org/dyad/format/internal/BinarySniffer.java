package org.dyad.format.internal;

/**
 * Tells binary data (images, archives, office files) from text by the first bytes: a NUL, or
 * more than one in ten control characters. Checked before decoding, so that a PNG is reported
 * as binary rather than as bad UTF-8.
 */
public final class BinarySniffer {

    private static final int SHARE_DIVISOR = 10;

    private BinarySniffer() {}

    /** Whether {@code head} (the start of an input, mark included) looks like binary data. */
    public static boolean looksBinary(byte[] head, Bom bom) {
        if (bom.isUtf16()) {
            // NUL bytes are normal in UTF-16, so judge the decoded characters instead.
            String text = StrictDecoder.decodeLeniently(head, evenLength(head.length), bom.charset());
            return looksBinary(text);
        }
        int controls = 0;
        for (int i = bom.length(); i < head.length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (isControl(b)) {
                controls++;
            }
        }
        return tooMany(controls, head.length - bom.length());
    }

    private static boolean looksBinary(CharSequence text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (isControl(c)) {
                controls++;
            }
        }
        return tooMany(controls, text.length());
    }

    private static boolean isControl(int c) {
        boolean layout = c == '\t' || c == '\n' || c == '\r' || c == '\f';
        return (c < 0x20 && !layout) || c == 0x7F;
    }

    private static boolean tooMany(int controls, int total) {
        return controls > 0 && controls * SHARE_DIVISOR > total;
    }

    private static int evenLength(int length) {
        return length - (length % 2);
    }
}
