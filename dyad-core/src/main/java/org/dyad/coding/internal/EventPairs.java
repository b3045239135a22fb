package org.dyad.coding.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.ActorMention;

/** The source-target pairs an event's actors make: one event per pair. */
final class EventPairs {
    private EventPairs() {}

    record Pair(Optional<ActorMention> source, Optional<ActorMention> target, boolean symmetric) {}

    /** One event per source and target; conjoined subjects with no target act on each other ("A and B agreed"). */
    static List<Pair> of(List<ActorMention> sources, List<ActorMention> targets, boolean conjoined) {
        List<Pair> out = new ArrayList<>();
        if (targets.isEmpty() && conjoined && sources.size() >= 2) {
            for (int i = 0; i < sources.size(); i++) {
                for (int j = i + 1; j < sources.size(); j++) {
                    out.add(new Pair(Optional.of(sources.get(i)), Optional.of(sources.get(j)), true));
                }
            }
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (Optional<ActorMention> s : options(sources)) {
            for (Optional<ActorMention> t : options(targets)) {
                // One mention read as both parties is no event, unless the target is implied
                // ("ministers of the Government resign in protest": at their own government).
                if (s.isPresent()
                        && t.isPresent()
                        && s.get().head() == t.get().head()
                        && s.get().actor().code().equals(t.get().actor().code())
                        && !t.get().implicit()) {
                    continue;
                }
                // "Iran's presence and influence": two mentions of one actor are one event.
                if (seen.add(code(s) + ">" + code(t))) {
                    out.add(new Pair(s, t, false));
                }
            }
        }
        return out;
    }

    private static String code(Optional<ActorMention> m) {
        return m.map(x ->
                        x.actor().code() + x.actor().patron().map(p -> "/" + p).orElse(""))
                .orElse("-");
    }

    private static List<Optional<ActorMention>> options(List<ActorMention> mentions) {
        return mentions.isEmpty()
                ? List.of(Optional.empty())
                : mentions.stream().map(Optional::of).toList();
    }
}
