package org.dyad.coding.cameo;

/**
 * What {@link Petrarch1VerbReader} meets in a PETRARCH-1 (TABARI-style) verb file that dyad's
 * verb pattern model reads only approximately, or not at all. Each is counted, not guessed at;
 * {@link #kept} says whether the line is still read.
 */
public enum Petrarch1Construct {
    ORDERED_ELEMENTS(
            true,
            "a pattern side of two or more elements: P1 matches them in order along the sentence,"
                    + " dyad's matcher each in its region in any order"),
    WORDS_BEFORE_VERB(true, "words before '*': P1 looks anywhere before the verb, dyad's matcher in its subject"),
    PREPOSITION(
            true,
            "a preposition read as a (PREP ...) element whose objects are the elements after it,"
                    + " up to the next preposition or the end of the side"),
    CONTRACTION(
            true,
            "'AL' or 'DEL' read as the preposition 'A' or 'DE' (CoreNLP's Spanish tokens split them);"
                    + " the article is not required"),
    PREPOSITION_SYNSET(
            true,
            "a synset of prepositions (&PREPOSICION) used as an element: read as words, which"
                    + " dyad's matcher looks for in the verb's object, where prepositions are not"),
    JOINED_MARKER(
            true,
            "a marker joined to words ('EN_+', '$PROTESTA'): read as an element of its own,"
                    + " the adjacency is lost"),
    SKIP_MARKER(true, "'^' (skip a noun phrase): kept as an element; dyad's matcher does not use it"),
    COMPOUND_MARKER(true, "'%' (compound actor): kept as an element; dyad's matcher does not use it"),
    TEXT_AFTER_CODE(true, "text after a pattern's [code] ('[140][d]'): ignored, as UniversalPetrarch does"),
    LEADING_ZERO(
            true,
            "a code the CAMEO codebook knows only with a leading zero ('36' for 036, '333' for"
                    + " 0333, as a spreadsheet writes them): read with it"),
    BLOCK_HEADER_TAIL(true, "text after a block header's closing dashes ('---[a]'): ignored"),
    NOT_INFINITIVE(
            true,
            "a verb entry that is not an infinitive (DINAMITA, EXPLICADO): kept; it matches a"
                    + " token with that lemma or word only"),
    REFLEXIVE_INFINITIVE(
            true,
            "a reflexive infinitive (COMUNICARSE): kept as written; a lemmatiser gives"
                    + " COMUNICAR, so it matches only a token written so"),
    VERB_WITH_SPACES(false, "a verb line of several words without '_' (VOLVER A CONVOCAR): not a verb; skipped"),
    BAD_VERB_LINE(false, "a verb line that does not read (a code that is not CAMEO's, '+' misplaced): skipped"),
    STARS(false, "a pattern without exactly one '*': skipped"),
    NO_CODE(false, "a pattern without a [code]: skipped"),
    BAD_CODE(
            false,
            "a pattern, verb or block whose code is not CAMEO's ('[080!]', one the codebook does not"
                    + " know): skipped, a block with its verbs and patterns"),
    UNDEFINED_SYNSET(false, "a pattern naming a synset the file does not define: skipped"),
    ODD_WORD(
            false,
            "a pattern word with punctuation other than '-', '.' or an apostrophe ('TIRO,', '='), or a"
                    + " synset phrase that does not start with a letter or digit: skipped"),
    STRAY_LINE(
            false,
            "a line that is none of block header, verb, pattern or synset where it stands"
                    + " ('&ARTICULO CONSIGNA - * [120]', a '+' line outside a synset): skipped");

    private final boolean kept;
    private final String description;

    Petrarch1Construct(boolean kept, String description) {
        this.kept = kept;
        this.description = description;
    }

    /** Whether the line is still read (approximately); false when it is skipped. */
    public boolean kept() {
        return kept;
    }

    public String description() {
        return description;
    }
}
