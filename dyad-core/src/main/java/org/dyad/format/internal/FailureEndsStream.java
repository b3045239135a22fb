package org.dyad.format.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * An input stream that ends, instead of throwing, when the stream below fails, and keeps the
 * failure to report. A truncated .gz file then gives every record before the damage, and one
 * message about the damage, rather than nothing at all.
 */
public final class FailureEndsStream extends FilterInputStream {
    private IOException failure;
    private int lastByte = -1;

    public FailureEndsStream(InputStream in) {
        super(in);
    }

    /** Whether the stream ended early in the middle of a line: the last byte it gave was no line feed. */
    public boolean endedMidLine() {
        return failure != null && lastByte != -1 && lastByte != '\n';
    }

    /** What made the stream end early, if anything did. */
    public Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public int read() throws IOException {
        if (failure != null) {
            return -1;
        }
        try {
            int b = super.read();
            lastByte = b == -1 ? lastByte : b;
            return b;
        } catch (IOException e) {
            failure = e;
            return -1;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (failure != null) {
            return -1;
        }
        try {
            int n = super.read(b, off, len);
            lastByte = n > 0 ? b[off + n - 1] & 0xFF : lastByte;
            return n;
        } catch (IOException e) {
            failure = e;
            return -1;
        }
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipping through read keeps a failure inside the skip from escaping.
        long skipped = 0;
        byte[] buffer = new byte[8192];
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }
}
