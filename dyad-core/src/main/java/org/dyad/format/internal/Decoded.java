package org.dyad.format.internal;

/** The outcome of decoding bytes strictly: the text, or where the first bad byte is. */
public sealed interface Decoded {

    /** The bytes decoded cleanly to {@code value}. */
    record Text(String value) implements Decoded {}

    /** The byte at {@code byteOffset} (counted from the start of the decoded bytes) is not valid. */
    record Malformed(long byteOffset) implements Decoded {}
}
