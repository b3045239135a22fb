package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.coding.RuleCase.Check;
import org.dyad.model.ActorMention;
import org.dyad.model.Event;
import org.dyad.nlp.DependencyTree;
import org.dyad.places.PlaceResolver;
import org.dyad.testkit.TestPlaces;

/**
 * The expectation lines of one case, read into checks. Event lines ({@code [s1] ...}) together
 * say which events the case gives, all of them and in order; every other line is one check of
 * its own. Each failure names the file and line of what it checks.
 */
final class RuleChecks {
    /** The forms of expectation line other than event lines, tried in order. */
    private static final List<Form> FORMS = List.of(
            form("no events", (at, m) -> count(at, 0)),
            form("events (\\d+)", (at, m) -> count(at, number(m, 1))),
            form("codes((?: \\d{2,4})+)", (at, m) -> codes(at, words(m.group(1)))),
            form("some (\\[s.+)", (at, m) -> someLine(at, m.group(1))),
            form("some event: (.+)", (at, m) -> someEvent(at, CaseFields.pairs(m.group(1), CaseFields.EVENT))),
            form("event (\\d+): (.+)", (at, m) -> event(at, number(m, 1), pairs(m, 2, CaseFields.EVENT))),
            form("decisions((?: \\S+)+)", (at, m) -> decisions(at, words(m.group(1)))),
            form("decision (\\S+): (.+)", (at, m) -> decision(at, m.group(1), pairs(m, 2, CaseFields.DECISION))),
            form("mention s(\\d+) \"([^\"]+)\": (.+)", (at, m) -> mention(at, number(m, 1), m.group(2), m.group(3))),
            form(
                    "mentions s(\\d+) \"([^\"]+)\" =((?: \\S+)+)",
                    (at, m) -> mentions(at, number(m, 1), m.group(2), words(m.group(3)))),
            form("place (\\d+): (.+)", (at, m) -> place(at, number(m, 1), m.group(2))),
            form("modality (\\d+): (.+)", (at, m) -> modality(at, number(m, 1), pairs(m, 2, CaseFields.MODALITY))));

    /** Places on the test gazetteer, for {@code place} lines. */
    private static final GazetteerPlacing PLACING =
            new GazetteerPlacing(() -> new PlaceResolver(TestPlaces.gazetteer()));

    private static final Modality READING = Modality.loadBundled();

    private final String file;
    private final List<Check> checks = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private final List<Integer> lineNumbers = new ArrayList<>();

    RuleChecks(String file) {
        this.file = file;
    }

    /** Reads one expectation line; a line it cannot read fails with its file and line. */
    void add(int n, String text) {
        String at = file + ":" + n + ": ";
        try {
            if (text.startsWith("[s")) {
                lines.add(text);
                lineNumbers.add(n);
            } else {
                checks.add(check(at, text.replaceAll("\\s+", " ")));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + e.getMessage(), e);
        }
    }

    /** The checks of the case, the event lines first. */
    List<Check> all() {
        List<Check> out = new ArrayList<>();
        if (!lines.isEmpty()) {
            out.add(this::eventLines);
        }
        out.addAll(checks);
        return out;
    }

    private void eventLines(CaseResult r) {
        List<String> actual = r.lines();
        for (int i = 0; i < Math.max(lines.size(), actual.size()); i++) {
            if (i >= actual.size() || i >= lines.size() || !lines.get(i).equals(actual.get(i))) {
                int n = lineNumbers.get(Math.min(i, lines.size() - 1));
                String want = i < lines.size() ? lines.get(i) : "(no more events)";
                String got = i < actual.size() ? actual.get(i) : "(no more events)";
                throw new AssertionError(
                        file + ":" + n + ": event " + (i + 1) + " is\n  " + got + "\nwant\n  " + want + r.shown());
            }
        }
    }

    private static Check check(String at, String text) {
        for (Form f : FORMS) {
            Matcher m = f.pattern().matcher(text);
            if (m.matches()) {
                return f.check().apply(at, m);
            }
        }
        throw new IllegalArgumentException("cannot read the expectation: " + text);
    }

    /** One form of expectation line: its pattern, and the check a line of that form makes. */
    private record Form(Pattern pattern, BiFunction<String, Matcher, Check> check) {}

    private static Form form(String regex, BiFunction<String, Matcher, Check> check) {
        return new Form(Pattern.compile(regex), check);
    }

    private static Check count(String at, int want) {
        return r -> require(r.events().size() == want, at + r.events().size() + " events, want " + want + r.shown());
    }

    private static Check codes(String at, List<String> want) {
        return r -> {
            List<String> got = r.events().stream().map(e -> e.code().cameo()).toList();
            require(got.equals(want), at + "codes are " + got + ", want " + want + r.shown());
        };
    }

    /** Some event line matches, {@code *} standing for any text. */
    private static Check someLine(String at, String want) {
        return r -> require(
                r.lines().stream().anyMatch(l -> CaseFields.matches(want, l)),
                at + "no event line matches\n  " + want + r.shown());
    }

    private static Check someEvent(String at, List<CaseFields.Want> want) {
        return r -> require(
                r.events().stream()
                        .anyMatch(e -> CaseFields.mismatch(CaseFields.EVENT, want, e, r::expand)
                                .isEmpty()),
                at + "no event has " + want + r.shown());
    }

    /** The event at a position (1 the first) has the values. */
    private static Check event(String at, int position, List<CaseFields.Want> want) {
        return r -> {
            require(position <= r.events().size(), at + "no event " + position + r.shown());
            Event e = r.events().get(position - 1);
            fail(CaseFields.mismatch(CaseFields.EVENT, want, e, r::expand), at + "event " + position, r.shown());
        };
    }

    /** The decisions are on these words, in order. */
    private static Check decisions(String at, List<String> want) {
        return r -> {
            List<String> got = r.decisions().stream().map(Decision::word).toList();
            require(got.equals(want), at + "decisions are on " + got + ", want " + want);
        };
    }

    /** The one decision on a word has the values. */
    private static Check decision(String at, String word, List<CaseFields.Want> want) {
        return r -> {
            List<Decision> on =
                    r.decisions().stream().filter(d -> d.word().equals(word)).toList();
            require(on.size() == 1, at + on.size() + " decisions on '" + word + "', want 1: " + r.decisions());
            fail(CaseFields.mismatch(CaseFields.DECISION, want, on.get(0), s -> s), at + "decision on '" + word + "'");
        };
    }

    /** Some actor mention of the sentence with that text has the values. */
    private static Check mention(String at, int sentence, String text, String pairs) {
        List<CaseFields.Want> want = CaseFields.pairs(pairs, CaseFields.MENTION);
        return r -> {
            List<ActorMention> named = mentions(r, sentence, text);
            require(
                    named.stream()
                            .anyMatch(x -> CaseFields.mismatch(CaseFields.MENTION, want, x, r::expand)
                                    .isEmpty()),
                    at + "no mention '" + text + "' in s" + sentence + " has " + want + ": "
                            + named.stream()
                                    .map(x -> x.text() + " " + x.actor().code() + " " + x.evidence())
                                    .toList());
        };
    }

    /** The actor codes of the sentence's mentions with that text, in order. */
    private static Check mentions(String at, int sentence, String text, List<String> want) {
        return r -> {
            List<String> got = mentions(r, sentence, text).stream()
                    .map(x -> x.actor().code())
                    .toList();
            require(
                    got.equals(want),
                    at + "mentions '" + text + "' in s" + sentence + " are " + got + ", want " + want);
        };
    }

    private static List<ActorMention> mentions(CaseResult r, int sentence, String text) {
        return r.tagged().actorsIn(sentence - 1).stream()
                .filter(x -> x.text().equals(text))
                .toList();
    }

    /** Where the test gazetteer places an event whose trigger is the token: {@code -} for nowhere. */
    private static Check place(String at, int trigger, String rest) {
        boolean nowhere = rest.strip().equals("-");
        List<CaseFields.Want> want = nowhere ? List.of() : CaseFields.pairs(rest, CaseFields.PLACE);
        return r -> {
            var where = PLACING.where(new DependencyTree(r.sentences().get(0)), List.of(trigger - 1), r.tagged());
            if (nowhere) {
                require(
                        where.isEmpty(),
                        at + "placed at " + where.map(p -> p.text() + " " + p.gazetteerId()) + ", want nowhere");
            } else {
                require(where.isPresent(), at + "placed nowhere, want " + want);
                fail(CaseFields.mismatch(CaseFields.PLACE, want, where.get(), s -> s), at + "place");
            }
        };
    }

    /** How the auxiliaries, negation and conditions around the token are read. */
    private static Check modality(String at, int token, List<CaseFields.Want> want) {
        return r -> {
            var reading = READING.read(new DependencyTree(r.sentences().get(0)), token - 1);
            fail(CaseFields.mismatch(CaseFields.MODALITY, want, reading, s -> s), at + "modality " + token);
        };
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static List<CaseFields.Want> pairs(Matcher m, int group, Map<String, ?> fields) {
        return CaseFields.pairs(m.group(group), fields);
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split(" "));
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }

    private static void fail(Optional<String> mismatch, String what) {
        fail(mismatch, what, "");
    }

    private static void fail(Optional<String> mismatch, String what, String context) {
        mismatch.ifPresent(m -> {
            throw new AssertionError(what + ": " + m + context);
        });
    }
}
