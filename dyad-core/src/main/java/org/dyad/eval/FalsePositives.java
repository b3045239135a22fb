package org.dyad.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Event;

/**
 * The coded events no gold event took, grouped by the word that triggered them and the rule that
 * coded them, most frequent group first: the list to work from when precision is low. On an
 * exhaustive gold file every one of them is a false positive.
 */
public record FalsePositives(int total, List<Group> groups) {

    /**
     * Events with one trigger lemma and rule.
     *
     * @param lemma the dictionary word of the rule ("call" for "verb CALL in block ..."), else the trigger as written, in lower case
     * @param rule what the rule says before its code ("verb CALL in block CALL (block code)")
     * @param codes the CAMEO codes given, most frequent first
     * @param examples up to three events of the group, in run order
     */
    public record Group(String lemma, String rule, int count, List<String> codes, List<Event> examples) {
        public Group {
            codes = List.copyOf(codes);
            examples = List.copyOf(examples);
        }
    }

    private static final int EXAMPLES = 3;
    private static final Pattern VERB = Pattern.compile("^verb ([A-Z][A-Z_'-]*)");
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

    public FalsePositives {
        groups = List.copyOf(groups);
    }

    public static FalsePositives of(Score score) {
        record Key(String lemma, String rule) {}
        Map<Key, List<Event>> byKey = new LinkedHashMap<>();
        List<Event> unmatched = score.unmatched();
        for (Event e : unmatched) {
            byKey.computeIfAbsent(new Key(lemma(e), ruleHead(e.rule())), k -> new ArrayList<>())
                    .add(e);
        }
        List<Group> groups = new ArrayList<>();
        byKey.forEach((k, events) -> groups.add(new Group(
                k.lemma(),
                k.rule(),
                events.size(),
                codes(events),
                events.subList(0, Math.min(EXAMPLES, events.size())))));
        // Stable: groups of equal size keep the order in which the run first gave them.
        groups.sort(Comparator.comparingInt(Group::count).reversed());
        return new FalsePositives(unmatched.size(), groups);
    }

    /** The dictionary word the rule names ("verb CALL ..." or "noun 'airstrike' ..."), else the trigger. */
    static String lemma(Event e) {
        Matcher verb = VERB.matcher(e.rule());
        if (verb.find()) {
            return verb.group(1).replace('_', ' ').toLowerCase(Locale.ROOT);
        }
        Matcher quoted = QUOTED.matcher(e.rule());
        if (quoted.find()) {
            return quoted.group(1).toLowerCase(Locale.ROOT);
        }
        return e.trigger().text().toLowerCase(Locale.ROOT);
    }

    /** The rule up to the code it gives: "verb CALL in block CALL (block code) -> 041; ..." gives the part before " -> ". */
    static String ruleHead(String rule) {
        int arrow = rule.indexOf(" -> ");
        int semicolon = rule.indexOf(';');
        int end = arrow >= 0 ? arrow : semicolon >= 0 ? semicolon : rule.length();
        return rule.substring(0, end).trim();
    }

    private static List<String> codes(List<Event> events) {
        Map<String, Integer> n = new LinkedHashMap<>();
        events.forEach(e -> n.merge(e.code().cameo(), 1, Integer::sum));
        return n.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();
    }
}
