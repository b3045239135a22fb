package org.dyad.lexicon;

/** The classpath locations of dyad's own small word lists, shared by the stages that read them. */
public final class Lexicons {
    /** Participles that tie a group to its patron state ("Iran-backed", "linked to Moscow"). */
    public static final String PATRON_WORDS = "dyad/lexicon/patron-words.txt";

    /** Nouns of backing whose "of" phrase names a patron ("the support of Iran"). */
    public static final String PATRON_NOUNS = "dyad/lexicon/patron-nouns.txt";
    /** Lemmas that tie a group to its commander ("commanded by", "led by", "under the command of"). */
    public static final String COMMAND_WORDS = "dyad/lexicon/command-words.txt";
    /** Nouns of family ties, which pass on a country but not an office. */
    public static final String KINSHIP_WORDS = "dyad/lexicon/kinship-words.txt";

    /** Words of the rule-based coreference ("these two sides", "its", "they"). */
    public static final String COREF_WORDS = "dyad/lexicon/coreference-words.txt";

    /** Head nouns of state institutions news names alone ("police", "the court"), which are actors then. */
    public static final String INSTITUTION_WORDS = "dyad/lexicon/institution-words.txt";

    /** Agent classes of groups news names alone by what they are ("students", "protesters"), which are actors then. */
    public static final String GROUP_CLASSES = "dyad/lexicon/group-classes.txt";

    /** Agent classes of people named alone who are parties only as the doers of an act ("thousands of people marched"). */
    public static final String DOER_CLASSES = "dyad/lexicon/doer-classes.txt";

    /** Light and support verbs, whose event is in their object ("carried out a bombing"). */
    public static final String LIGHT_VERBS = "dyad/lexicon/light-verbs.txt";

    /** Words that qualify a time expression: approximators, units, "recently", "later", tense auxiliaries. */
    public static final String TIME_WORDS = "dyad/lexicon/time-words.txt";

    /** Words that can head a time expression ("Monday", "ago", "week"): where the lean NLP profile looks for times. */
    public static final String TIME_CUES = "dyad/lexicon/time-cues.txt";

    /** Function words by the role the rules and readers ask about ("of", "by", "the"). */
    public static final String FUNCTION_WORDS = "dyad/lexicon/function-words.txt";
    /** The prepositions of UniversalPetrarch's Spanish verb patterns. */
    public static final String SPANISH_PREPOSITIONS = "dyad/lexicon/es/prepositions.txt";

    private Lexicons() {}
}
