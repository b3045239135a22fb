package org.dyad.format.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Splits a byte stream into lines before decoding, so that a line with bad bytes can be
 * reported and skipped while the lines around it are still read. Works on UTF-8 (one-byte
 * units) and UTF-16 (two-byte units, newline U+000A in the stream's byte order). Lines longer
 * than a limit are read to their end but not kept, so memory stays bounded.
 */
public final class ByteLineReader {

    private final InputStream in;
    private final int unitSize;
    private final byte[] newline;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private int lineNumber;
    private boolean ended;

    public ByteLineReader(InputStream in, Bom bom, long maxLineBytes) {
        this.in = in;
        this.unitSize = bom.unitSize();
        this.newline = newlineUnit(bom);
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or empty at the end of the stream. */
    public Optional<ByteLine> next() throws IOException {
        if (ended) {
            return Optional.empty();
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] unit = new byte[unitSize];
        boolean tooLong = false;
        int read;
        while ((read = readUnit(unit)) == unitSize && !isNewline(unit)) {
            if (line.size() + unitSize > maxLineBytes) {
                tooLong = true;
            } else {
                line.write(unit, 0, unitSize);
            }
        }
        if (read < unitSize) {
            ended = true;
            line.write(unit, 0, read);
            if (line.size() == 0) {
                return Optional.empty();
            }
        }
        lineNumber++;
        return Optional.of(new ByteLine(lineNumber, line.toByteArray(), tooLong));
    }

    private int readUnit(byte[] unit) throws IOException {
        for (int i = 0; i < unitSize; i++) {
            if (position == limit && !fill()) {
                return i;
            }
            unit[i] = buffer[position++];
        }
        return unitSize;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    private boolean isNewline(byte[] unit) {
        for (int i = 0; i < unitSize; i++) {
            if (unit[i] != newline[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] newlineUnit(Bom bom) {
        if (!bom.isUtf16()) {
            return new byte[] {'\n'};
        }
        return bom.charset().name().equals("UTF-16BE") ? new byte[] {0, '\n'} : new byte[] {'\n', 0};
    }
}
