package org.dyad.model;

/** A half-open range [start, end) of character offsets into an article's text, or of token indexes. */
public record Span(int start, int end) {
    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("span start " + start + " is negative");
        }
        if (end < start) {
            throw new IllegalArgumentException("span end " + end + " before start " + start);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The text this span cuts out of {@code text}. */
    public String cut(String text) {
        return text.substring(start, end);
    }
}
