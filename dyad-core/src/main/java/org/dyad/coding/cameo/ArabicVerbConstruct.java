package org.dyad.coding.cameo;

/**
 * What {@link ArabicVerbs} meets in UniversalPetrarch's Arabic verb file that the PETRARCH-2
 * verb reader does not read as it is: each is counted, and {@link #kept} says whether the line is
 * still read (after the rewriting described) or skipped.
 */
public enum ArabicVerbConstruct {
    JOINED_PARTICLE(
            true,
            "a verb joined by '+' to the particle or noun that goes with it ('حقق+في', 'اضرم+نار+في'):"
                    + " read as the multi-word verb '+حقق_في', whose words must follow the verb"),
    JOINED_PHRASE(
            true,
            "a verb line of several words whose first is joined by '+' ('قام+ب زيارة+إلى'): read as one"
                    + " multi-word verb, '+قام_ب_زيارة_إلى'"),
    OBJECT_PRONOUN(
            true,
            "a verb followed by the lemma of an object pronoun the lemmatiser split off ('وضع هوو'):"
                    + " the pronoun is dropped"),
    REVERSED_SYNSET_LINE(
            true, "a synset line written backwards by right-to-left editing ('_دكتاتور+'): read as '+دكتاتور_'"),
    BROKEN_VERB(
            false,
            "a verb line of several words that is none of the above ('أ حرق', 'إس توفي', 'و في'): a word"
                    + " the lemmatiser broke; skipped"),
    SKIPPED_PATTERN(
            false,
            "a pattern the reader rejects: a synset where the preposition should open a '(...)'"
                    + " ('(&INVESTIGATION عن)'), brackets inside braces or nested phrases"),
    SKIPPED_LINE(false, "any other line the reader rejects");

    private final boolean kept;
    private final String description;

    ArabicVerbConstruct(boolean kept, String description) {
        this.kept = kept;
        this.description = description;
    }

    /** Whether the line is still read (approximately) rather than skipped. */
    public boolean kept() {
        return kept;
    }

    public String description() {
        return description;
    }
}
