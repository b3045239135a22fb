package org.dyad.format.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes without replacing bad sequences, so that a wrongly encoded file is reported
 * rather than read as text full of U+FFFD (whose offsets would then point at the wrong words).
 */
public final class StrictDecoder {

    private StrictDecoder() {}

    /** Decodes {@code length} bytes of {@code bytes} from {@code offset} in {@code charset}. */
    public static Decoded decode(byte[] bytes, int offset, int length, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate(length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Decoded.Malformed(in.position() - (long) offset);
        }
        out.flip();
        return new Decoded.Text(out.toString());
    }

    /** Decodes the first {@code length} bytes, replacing bad sequences: for sniffing only. */
    public static String decodeLeniently(byte[] bytes, int length, Charset charset) {
        return new String(bytes, 0, length, charset);
    }
}
