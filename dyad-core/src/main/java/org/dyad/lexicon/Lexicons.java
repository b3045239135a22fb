package org.dyad.lexicon;

/** The classpath locations of dyad's own small word lists, shared by the stages that read them. */
public final class Lexicons {
    /** Participles that tie a group to its patron state ("Iran-backed", "linked to Moscow"). */
    public static final String PATRON_WORDS = "dyad/lexicon/patron-words.txt";

    private Lexicons() {
    }
}
