package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dyad.model.Dependency;

/**
 * A second reading of a sentence whose tagger misread a word's part of speech in a way the parse
 * shows: a verb read as a noun, or a noun read as a verb.
 *
 * <p>First, a sentence the tagger left without a verb for its root. News summaries and
 * headlines put the main verb in the present tense right after a proper-noun subject ("The
 * Brazilian Supreme Federal Court convicts former president Jair Bolsonaro", "A court in
 * Faisalabad, Pakistan, sentences opposition leader Omar Ayub", "Mexican Army soldiers open fire on
 * a vehicle"), and the tagger, trained on past-tense reporting, reads "convicts", "sentences" and
 * "open" as a noun or an adjective; the parse then hangs the whole sentence from a noun and no
 * event can be found in it.
 *
 * <p>Where the root is not a verb, or a clause has a subject but no verb, a word the tagger has
 * seen as a present-tense verb and that stands between a subject's last noun and an object's
 * first word is fixed as that verb; the tagger tags the rest of the sentence again around it, and
 * the sentence is parsed again. The new reading is kept only if the word heads a subject before
 * it and an object or oblique after it, and became the root where the root was no verb or left
 * the verb root as it was; else the first reading stands.
 *
 * <p>Where the root is a present-tense verb, a second one after "and" that the tagger read as a
 * plural noun ("suspends negotiations with Israel and summons the Israeli ambassador") is read
 * again as a verb, and kept if it became the root's conjunct with an object.
 *
 * <p>Second, a noun the tagger read as a plain verb before a noun, after a verb or where no verb can
 * stand (after a determiner or an adjective): "Ukrainian forces launch drone attacks on Penza
 * Oblast" and "A Russian drone strike injures nineteen people" tag "drone" as a verb, and the
 * attack loses its attacker. A word the tagger never saw as a base-form verb, so tagged there, is
 * tagged a noun again, and the new reading is kept only if it became a compound of the noun after
 * it, which, after a verb, became that verb's object.
 */
final class SecondReading {
    /** Tags that may end a subject noun phrase. */
    private static final Set<String> SUBJECT_END = Set.of("NN", "NNS", "NNP", "NNPS", "PRP", "-RRB-", ",");
    /** Tags that may begin the object, or the adverb before it. */
    private static final Set<String> OBJECT_START =
            Set.of("DT", "PRP$", "NNP", "NNPS", "CD", "JJ", "NN", "NNS", "PRP", "RB", "PDT");
    /** Tags after which no base-form verb can stand: a determiner, an adjective, a possessive, a singular name. */
    private static final Set<String> NOMINAL_BEFORE = Set.of("DT", "JJ", "PRP$", "CD", "POS", "NNP");
    /** Tags a misread present-tense verb comes out with. */
    private static final Set<String> MISREAD = Set.of("NN", "NNS", "JJ", "NNP");

    private final TaggerLexicon lexicon;

    /**
     * The repair over the tagger whose {@code lexicon} is given ({@link TaggerLexicon#of}: none
     * when this CoreNLP hides it, and sentences are then left as they were parsed).
     */
    SecondReading(TaggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * {@code first}, the parse of {@code sentence}, or a better one when the root was not a verb
     * and a misread verb was found; the sentence's tokens then carry the tags and lemmas of the
     * reading returned.
     */
    List<Dependency> reparse(CoreMap sentence, List<Dependency> parsed, Function<CoreMap, List<Dependency>> parser) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Dependency> first = compounds(labels, sentence, parsed, parser);
        int root = rootOf(first);
        if (root < 0) {
            return first;
        }
        boolean verbRoot = isVerb(labels.get(root));
        if (labels.get(root).tag().equals("VBZ")) {
            Optional<List<Dependency>> second = coordinated(sentence, labels, root, parser);
            if (second.isPresent()) {
                return second.get();
            }
        }
        for (int i = 1; i + 1 < labels.size(); i++) {
            // The word's own tags first: the clause test walks the tree.
            Optional<String> verbTag = misreadVerb(labels, i);
            if (verbTag.isEmpty() || (verbRoot && !inVerblessClause(first, labels, i))) {
                continue;
            }
            int word = i;
            int keptRoot = verbRoot ? root : i;
            Optional<List<Dependency>> second = tryReading(
                    sentence, labels, i, verbTag.get(), parser, d -> rootOf(d) == keptRoot && heads(d, word));
            if (second.isPresent()) {
                return second.get();
            }
        }
        return first;
    }

    /**
     * The reading with a second present-tense verb after "and" that the tagger read as a plural
     * noun ("The United Kingdom suspends negotiations with Israel and summons the Israeli
     * ambassador"): kept only if the word became a conjunct of the root with an object.
     */
    private Optional<List<Dependency>> coordinated(
            CoreMap sentence, List<CoreLabel> labels, int root, Function<CoreMap, List<Dependency>> parser) {
        for (int i = root + 2; i + 1 < labels.size(); i++) {
            CoreLabel t = labels.get(i);
            CoreLabel next = labels.get(i + 1);
            if (!t.tag().equals("NNS")
                    || !labels.get(i - 1).tag().equals("CC")
                    || !OBJECT_START.contains(next.tag())
                    || startsText(next)
                    || !lexicon.seenAsVerb(t.word(), "VBZ")) {
                continue;
            }
            int word = i;
            Optional<List<Dependency>> second = tryReading(
                    sentence,
                    labels,
                    i,
                    "VBZ",
                    parser,
                    d -> rootOf(d) == root
                            && d.contains(new Dependency(root, word, "conj"))
                            && d.stream()
                                    .anyMatch(x ->
                                            x.head() == word && x.baseRelation().equals("obj")));
            if (second.isPresent()) {
                return second;
            }
        }
        return Optional.empty();
    }

    /**
     * The parse of {@code sentence} with token {@code i} fixed as {@code tag} and the others
     * tagged again, if {@code keep} accepts it; else the tokens' tags and lemmas are put back.
     */
    private Optional<List<Dependency>> tryReading(
            CoreMap sentence,
            List<CoreLabel> labels,
            int i,
            String tag,
            Function<CoreMap, List<Dependency>> parser,
            java.util.function.Predicate<List<Dependency>> keep) {
        List<String> tags = labels.stream().map(CoreLabel::tag).toList();
        List<String> lemmas = labels.stream().map(CoreLabel::lemma).toList();
        lexicon.retag(labels, i, tag);
        List<Dependency> second = parser.apply(sentence);
        if (keep.test(second)) {
            return Optional.of(second);
        }
        for (int k = 0; k < labels.size(); k++) {
            labels.get(k).setTag(tags.get(k));
            labels.get(k).setLemma(lemmas.get(k));
        }
        return Optional.empty();
    }

    /** {@code first}, or the reading with a noun misread as a verb inside a compound read again. */
    private List<Dependency> compounds(
            List<CoreLabel> labels,
            CoreMap sentence,
            List<Dependency> first,
            Function<CoreMap, List<Dependency>> parser) {
        for (int i = 1; i + 1 < labels.size(); i++) {
            CoreLabel t = labels.get(i);
            boolean afterVerb = isVerb(labels.get(i - 1));
            if (!(t.tag().equals("VB") || t.tag().equals("VBP"))
                    || !(afterVerb || NOMINAL_BEFORE.contains(labels.get(i - 1).tag()))
                    || !labels.get(i + 1).tag().startsWith("NN")
                    || lexicon.seen(t.word().toLowerCase(java.util.Locale.ROOT)).getOrDefault("VB", 0) > 0) {
                continue;
            }
            int word = i;
            Optional<List<Dependency>> second = tryReading(
                    sentence,
                    labels,
                    i,
                    "NN",
                    parser,
                    d -> d.contains(new Dependency(word + 1, word, "compound"))
                            && (!afterVerb || d.contains(new Dependency(word - 1, word + 1, "obj"))));
            if (second.isPresent()) {
                return second.get();
            }
        }
        return first;
    }

    /**
     * Whether the word after a candidate verb is a capitalised word that is no name: the start of
     * a text a heading ran into ("China concerns Politicians in Britain ..."), not an object.
     */
    private static boolean startsText(CoreLabel next) {
        return !next.tag().startsWith("NNP")
                && Character.isUpperCase(next.word().charAt(0));
    }

    private static boolean isVerb(CoreLabel l) {
        return l.tag().startsWith("VB") || l.tag().equals("MD");
    }

    /**
     * Whether token {@code i} is, or modifies, a word that is no verb yet has a subject and no
     * copula: a clause the parser built without its verb ("a mass shooting when Mexican Army
     * soldiers open fire on a vehicle" hangs "soldiers" and "open" from "fire").
     */
    private static boolean inVerblessClause(List<Dependency> deps, List<CoreLabel> labels, int i) {
        int parent = -1;
        for (Dependency d : deps) {
            if (d.dependent() == i) {
                parent = d.head();
            }
        }
        for (int h : new int[] {i, parent}) {
            if (h < 0 || isVerb(labels.get(h))) {
                continue;
            }
            boolean subject = false;
            boolean copula = false;
            for (Dependency d : deps) {
                if (d.head() == h) {
                    subject |= d.baseRelation().equals("nsubj");
                    copula |= d.relation().equals("cop");
                }
            }
            if (subject && !copula) {
                return true;
            }
        }
        return false;
    }

    /** The present-tense tag token {@code i} would have as the misread main verb, if it may be one. */
    private Optional<String> misreadVerb(List<CoreLabel> labels, int i) {
        CoreLabel t = labels.get(i);
        String word = t.word();
        if (!MISREAD.contains(t.tag()) || word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
            return Optional.empty();
        }
        String before = labels.get(i - 1).tag();
        if (!SUBJECT_END.contains(before)
                || !OBJECT_START.contains(labels.get(i + 1).tag())) {
            return Optional.empty();
        }
        CoreLabel next = labels.get(i + 1);
        if (startsText(next)) {
            return Optional.empty();
        }
        if (before.equals(",") && (i < 2 || !labels.get(i - 2).tag().startsWith("NN"))) {
            return Optional.empty();
        }
        // Third person singular after any subject; the plain form only after a plural one.
        String tag = word.endsWith("s") ? "VBZ" : before.equals("NNS") || before.equals("NNPS") ? "VBP" : null;
        if (tag == null || !lexicon.seenAsVerb(word, tag)) {
            return Optional.empty();
        }
        return Optional.of(tag);
    }

    /** Whether token {@code i} has a subject before it and an object or oblique after it in {@code deps}. */
    private static boolean heads(List<Dependency> deps, int i) {
        boolean subject = false;
        boolean complement = false;
        for (Dependency d : deps) {
            if (d.head() != i) {
                continue;
            }
            String rel = d.baseRelation();
            subject |= d.dependent() < i && rel.equals("nsubj");
            complement |= d.dependent() > i && (rel.equals("obj") || rel.equals("obl") || rel.equals("iobj"));
        }
        return subject && complement;
    }

    private static int rootOf(List<Dependency> deps) {
        for (Dependency d : deps) {
            if (d.head() == Dependency.ROOT) {
                return d.dependent();
            }
        }
        return -1;
    }
}
