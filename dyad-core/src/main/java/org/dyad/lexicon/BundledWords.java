package org.dyad.lexicon;

import java.util.Objects;

/**
 * The bundled word lists of one language: for a list of English words
 * ({@code dyad/lexicon/source-words.txt}) the same-named list in the language's folder
 * ({@code dyad/lexicon/es/source-words.txt}) where there is one, else the English list, whose
 * words simply do not occur in the other language's text. The rules are the same for every
 * language: only their word classes and tables differ.
 */
public record BundledWords(String language) {
    /** The lists dyad was written with. */
    public static final BundledWords ENGLISH = new BundledWords("en");

    private static final String LEXICON = "dyad/lexicon/";

    public BundledWords {
        Objects.requireNonNull(language, "language");
    }

    /** Where this language's version of the bundled list {@code resource} is. */
    public String path(String resource) {
        String plain = resource.startsWith("/") ? resource.substring(1) : resource;
        if (language.equals(ENGLISH.language()) || !plain.startsWith(LEXICON)) {
            return resource;
        }
        String own = LEXICON + language + "/" + plain.substring(LEXICON.length());
        return Resources.exists(own) ? own : resource;
    }

    /** This language's version of the bundled table {@code resource}. */
    public WordTable table(String resource) {
        return WordTable.load(path(resource));
    }
}
