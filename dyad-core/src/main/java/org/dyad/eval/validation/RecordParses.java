package org.dyad.eval.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.nlp.conllu.ConlluAnnotator;

/**
 * What the records themselves tell about how to code them: their own parses, as an annotator
 * that gives each record's text its {@code <Parse>} instead of dyad's parser, so that a miss can
 * be put down to the parse or to the coder; and their language, which picks UniversalPetrarch's
 * counting rules.
 */
public final class RecordParses {
    private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF]");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern SPANISH = Pattern.compile("(?i)\\b(el|la|los|las|del|que|por|con|para|una)\\b");
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(the|of|and|to|in|that|with|for|was|is)\\b");

    private RecordParses() {}

    /**
     * An annotator of the scored records' texts by their own parses; a record with no parse is
     * left out, so coding it fails and is reported as such. Of two records with the same text the
     * first one's parse is taken.
     */
    public static ConlluAnnotator annotator(String file, List<ValidationRecord> records) {
        Map<String, String> parses = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (ValidationRecord r : records) {
            if (r.scored() && r.parse().isPresent() && !parses.containsKey(r.text())) {
                parses.put(r.text(), r.parse().get());
                names.put(r.text(), file + ":" + r.line());
            }
        }
        return ConlluAnnotator.of(parses, names);
    }

    /**
     * The language of the records' texts, as the rules to count by: Arabic when most letters
     * are Arabic, else Spanish or English by which language's commonest words are commoner.
     */
    public static PetrarchCount.Rules language(List<ValidationRecord> records) {
        long arabic = 0;
        long letters = 0;
        long spanish = 0;
        long english = 0;
        for (ValidationRecord r : records) {
            arabic += count(ARABIC, r.text());
            letters += count(LETTER, r.text());
            spanish += count(SPANISH, r.text());
            english += count(ENGLISH, r.text());
        }
        if (letters > 0 && arabic * 2 > letters) {
            return PetrarchCount.Rules.ARABIC;
        }
        return spanish > english ? PetrarchCount.Rules.SPANISH : PetrarchCount.Rules.ENGLISH;
    }

    private static long count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
