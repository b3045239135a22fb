package org.dyad.format.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads a whole stream into memory unless it is longer than a limit, which it never exceeds. */
public final class BoundedRead {

    // Arrays cannot be longer than this on common JVMs.
    private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 16;

    private BoundedRead() {}

    /** All bytes of {@code in}, or empty when there are more than {@code maxBytes}. */
    public static Optional<byte[]> atMost(InputStream in, long maxBytes) throws IOException {
        int limit = (int) Math.min(maxBytes, LARGEST_ARRAY - 1);
        byte[] bytes = in.readNBytes(limit + 1);
        return bytes.length > limit ? Optional.empty() : Optional.of(bytes);
    }
}
