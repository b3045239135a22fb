package org.dyad.nlp.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.lexicon.Resources;

/**
 * The relations of the arcs read off an Arabic constituency parse, by the table in {@value
 * #RESOURCE}: for a dependent child of a phrase, the first rule whose phrase, head child, dependent
 * child, mark and position match gives its UD relation. Immutable.
 */
final class ArabicRelations {
    /** The bundled table, written for dyad. */
    static final String RESOURCE = "dyad/nlp/arabic-relations.tsv";
    /** The relation of a child no rule matches. */
    static final String UNKNOWN = "dep";

    /** Where a dependent stands against its head; {@code slot} counts the arguments of its label so far. */
    enum Side {
        BEFORE,
        AFTER
    }

    /** What a rule reads of one dependent child. */
    record Child(
            String parent,
            String head,
            String label,
            String headTag,
            String headWord,
            String firstWord,
            Side side,
            int slot,
            boolean afterConjunction) {}

    /** A relation and whether it took an argument slot (a ">1" or ">2" rule), so that the next one counts on. */
    record Match(String relation, boolean slot) {}

    /** A rule; its mark is a tag pattern or a set of words, the other one null. */
    private record Rule(
            Pattern parent,
            Pattern head,
            Pattern dependent,
            Pattern markTag,
            Set<String> markWords,
            String position,
            String relation) {
        boolean matches(Child c) {
            return parent.matcher(c.parent()).matches()
                    && head.matcher(c.head()).matches()
                    && dependent.matcher(c.label()).matches()
                    && markMatches(c)
                    && positionMatches(c);
        }

        private boolean markMatches(Child c) {
            return markWords == null
                    ? markTag.matcher(c.headTag()).matches()
                    : markWords.contains(c.headWord()) || markWords.contains(c.firstWord());
        }

        private boolean positionMatches(Child c) {
            return switch (position) {
                case "*" -> true;
                case "<" -> c.side() == Side.BEFORE;
                case ">" -> c.side() == Side.AFTER;
                case "conj" -> c.afterConjunction();
                default ->
                    c.side() == Side.AFTER
                            && !c.afterConjunction()
                            && Integer.parseInt(position.substring(1)) == c.slot() + 1;
            };
        }
    }

    private static final Pattern POSITION = Pattern.compile("\\*|<|>|>[1-9]|conj");

    private final List<Rule> rules;

    private ArabicRelations(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Reads the bundled table. */
    static ArabicRelations bundled() {
        try (BufferedReader in = Resources.open(RESOURCE)) {
            return read(RESOURCE, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + RESOURCE, e);
        }
    }

    /** Reads lines of PARENT, HEAD, DEPENDENT, MARK, POSITION and RELATION apart by tabs; "#" starts a comment line. */
    static ArabicRelations read(String name, BufferedReader in) throws IOException {
        List<Rule> rules = new ArrayList<>();
        int number = 0;
        for (String line; (line = in.readLine()) != null; ) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String where = name + ":" + number + ": ";
            if (f.length != 6 || f[5].isBlank()) {
                throw new IllegalStateException(
                        where + "want PARENT, HEAD, DEPENDENT, MARK, POSITION and RELATION apart by tabs, got \"" + line
                                + "\"");
            }
            if (!POSITION.matcher(f[4]).matches()) {
                throw new IllegalStateException(where + "position \"" + f[4] + "\" is none of *, <, >, >N, conj");
            }
            Set<String> words = f[3].startsWith("=")
                    ? Set.copyOf(Arrays.asList(f[3].substring(1).split("\\|")))
                    : null;
            Pattern tag = words == null ? glob(f[3]) : null;
            rules.add(new Rule(glob(f[0]), glob(f[1]), glob(f[2]), tag, words, f[4], f[5].intern()));
        }
        return new ArabicRelations(rules);
    }

    /** The relation of {@code child}: the first rule that matches it, or {@value #UNKNOWN}. */
    Match relation(Child child) {
        for (Rule r : rules) {
            if (r.matches(child)) {
                return new Match(
                        r.relation(), r.position().length() == 2 && r.position().startsWith(">"));
            }
        }
        return new Match(UNKNOWN, false);
    }

    /** A label pattern: "*" any run of characters, anything else as written. */
    private static Pattern glob(String text) {
        StringBuilder re = new StringBuilder();
        for (String part : text.split("\\*", -1)) {
            if (re.length() > 0 || text.startsWith("*")) {
                re.append(".*");
            }
            re.append(Pattern.quote(part));
        }
        return Pattern.compile(re.toString());
    }
}
