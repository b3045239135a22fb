package org.dyad.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Dependency;
import org.dyad.model.TimeMention;
import org.dyad.nlp.DependencyTree;
import org.dyad.rules.Rules;

/**
 * Reads the time mentions of one parsed sentence: corrects them ({@link TimeFixes}), finds the
 * words each modifies in the tree, takes the tense of the verb it modifies and resolves it
 * ({@link TimeResolver}).
 */
public final class SentenceTimes {
    /** How far up from a time's head to look for the verb whose tense it takes. */
    private static final int MAX_CLIMB = 6;

    private final Rules rules;
    private final TimeWords words;
    private final TimeFixes fixes;
    private final TimeResolver resolver;

    public SentenceTimes(Rules rules, TimeWords words) {
        this.rules = rules;
        this.words = words;
        this.fixes = new TimeFixes(words);
        this.resolver = new TimeResolver(words);
    }

    /** Reading over the bundled rules and time words. */
    public static SentenceTimes loadBundled() {
        return new SentenceTimes(Rules.loadBundled(), TimeWords.loadBundled());
    }

    public List<DatedTime> read(DependencyTree tree, Optional<LocalDate> published) {
        List<DatedTime> out = new ArrayList<>();
        for (TimeFixes.Fixed f : fixes.apply(tree.sentence())) {
            TimeMention m = f.mention();
            List<Integer> path = path(tree, m);
            Direction direction = Direction.of(tree, verbOf(tree, path), words, rules);
            out.add(new DatedTime(
                    m,
                    path,
                    ofPhrase(tree, m)
                            ? Optional.empty()
                            : resolver.resolve(tree.sentence(), m, f.yearWritten(), published, direction)));
        }
        return out;
    }

    /**
     * The tokens {@code m} modifies: the head of each of its heads (a conjoined time passes on to
     * the first conjunct's head: "in February and March", {@code time-conjunct}). "in the past few
     * weeks sources have reported" is parsed with the time inside the noun phrase of "sources",
     * whose case marker "in" stands before the time ({@code time-swallowing-case}): there the time
     * modifies what that phrase modifies.
     */
    List<Integer> path(DependencyTree tree, TimeMention m) {
        List<Integer> path = new ArrayList<>();
        for (int h = m.start(); h < m.end(); h++) {
            int cur = h;
            int parent = tree.parent(cur);
            if (m.covers(parent)) {
                continue;
            }
            for (int guard = 0; parent != Dependency.ROOT && guard < tree.size(); guard++) {
                if (!path.contains(parent)) {
                    path.add(parent);
                }
                boolean conjoined = rules.holds("time-conjunct", tree, cur);
                boolean swallowed =
                        rules.select("time-swallowing-case", tree, cur).stream().anyMatch(c -> c < m.start());
                if (!conjoined && !swallowed) {
                    break;
                }
                cur = parent;
                parent = tree.parent(cur);
            }
        }
        return path;
    }

    /**
     * A time word that heads a noun phrase of its own ("the future of Syria", "the day of the
     * vote") names a time of something else, not when the clause happened ({@code time-of-phrase}).
     */
    private boolean ofPhrase(DependencyTree tree, TimeMention m) {
        for (int t = m.start(); t < m.end(); t++) {
            for (int c : rules.select("time-of-phrase", tree, t)) {
                if (!m.covers(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The verb a time's tense is read from: the first verb at or above what it modifies. */
    private static int verbOf(DependencyTree tree, List<Integer> path) {
        if (path.isEmpty()) {
            return Dependency.ROOT;
        }
        int at = path.get(path.size() - 1);
        for (int i = 0; i < MAX_CLIMB && at != Dependency.ROOT; i++) {
            if (tree.token(at).isVerb()) {
                return at;
            }
            at = tree.parent(at);
        }
        return Dependency.ROOT;
    }
}
