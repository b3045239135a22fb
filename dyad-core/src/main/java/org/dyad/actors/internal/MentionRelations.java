package org.dyad.actors.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.actors.ActorWords;
import org.dyad.model.Actor;
import org.dyad.model.ActorKind;
import org.dyad.model.ActorMention;
import org.dyad.model.EntityClass;
import org.dyad.nlp.DependencyTree;

/**
 * Lets phrases describe the actors beside them: an appositive tells who a person is ("Suheil
 * al-Hassan, a Syrian military commander affiliated to Russia"), and a commander and the group
 * he commands share country and patron ("the al-Nemr group, commanded by Suheil al-Hassan"),
 * the commander of armed men being military himself.
 */
final class MentionRelations {
    private static final String UNKNOWN = ActorComposer.UNKNOWN_COUNTRY;

    /** The sentence's mentions as the relations read and rewrite them. */
    interface Mentions {
        List<ActorMention> at(int head);

        void replace(int head, List<ActorMention> mentions);

        ActorMention mention(int head, Actor actor, List<String> evidence);

        Optional<String> nameOf(int head);
    }

    private final DependencyTree tree;
    private final ActorWords words;
    private final Mentions mentions;

    MentionRelations(DependencyTree tree, ActorWords words, Mentions mentions) {
        this.tree = tree;
        this.words = words;
        this.mentions = mentions;
    }

    void apply() {
        for (int h = 0; h < tree.size(); h++) {
            for (int a : tree.children(h, "appos")) {
                describe(h, a);
            }
        }
        for (int g = 0; g < tree.size(); g++) {
            int group = g;
            commanderOf(g).ifPresent(p -> link(group, p));
        }
        for (int g = 0; g < tree.size(); g++) {
            if (tree.relation(g).equals("conj")) {
                contrastWithKind(g);
            }
        }
    }

    /**
     * "Syrian regime forces ... and those units enjoying the support of Iran", "Iraqi troops and
     * other forces": a conjoined group set apart by "those" or "other" is more of the same kind
     * as the group before it, of the same state. The parser may hang it lower than that group
     * (from a word between), so the nearest ancestor with a group of the same kind is taken.
     */
    private void contrastWithKind(int conjunct) {
        Optional<Actor> own = first(conjunct);
        boolean contrastive = tree.children(conjunct, "det", "amod").stream()
                .map(c -> tree.token(c).word().toLowerCase(java.util.Locale.ROOT))
                .anyMatch(w -> words.isFunction(w, "other"));
        if (!contrastive
                || own.isEmpty()
                || own.get().country().isPresent()
                || own.get().agent().isEmpty()) {
            return;
        }
        int up = tree.parent(conjunct);
        for (int depth = 0; up >= 0 && depth < 4; depth++, up = tree.parent(up)) {
            Optional<Actor> kin = first(up);
            if (kin.isPresent()
                    && kin.get().agent().equals(own.get().agent())
                    && kin.get().country().isPresent()) {
                fillGroup(
                        conjunct,
                        kin.get().country(),
                        Optional.empty(),
                        Optional.empty(),
                        "more of the kind of '" + mentions.at(up).get(0).text() + "'");
                return;
            }
        }
    }

    /** "Maher Assad, the brother of ...": the description's country (and office, unless kinship) for the person. */
    private void describe(int person, int description) {
        List<ActorMention> described = mentions.at(description);
        if (described.isEmpty() || !isNamed(person)) {
            return;
        }
        Actor d = described.get(0).actor();
        boolean kinship = words.kinshipWords().contains(tree.token(description).lemma());
        Optional<String> agent = kinship ? Optional.empty() : d.agent();
        Optional<String> patron = kinship ? Optional.empty() : d.patron();
        fill(
                person,
                d.country(),
                agent,
                patron,
                "appositive '" + described.get(0).text() + "'");
    }

    /** The person commanding a group: "commanded by X", "led by X", "under the command of X". */
    private Optional<Integer> commanderOf(int group) {
        if (!tree.token(group).isNoun()) {
            return Optional.empty();
        }
        List<Integer> participles = new ArrayList<>(tree.children(group, "acl", "dep"));
        // "forces associated to Iran and commanded by X": the second of conjoined participles.
        new ArrayList<>(participles).forEach(p -> participles.addAll(tree.children(p, "conj")));
        for (int c : participles) {
            if (tree.token(c).isPastParticiple()
                    && words.commandWords().contains(tree.token(c).lemma())) {
                Optional<Integer> by = byPhrase(c);
                if (by.isPresent()) {
                    return by;
                }
            }
        }
        for (int n : tree.children(group, "nmod")) {
            if (tree.caseMarker(n).map(m -> words.isFunction(m, "under")).orElse(false)
                    && words.commandWords().contains(tree.token(n).lemma())) {
                for (int of : tree.children(n, "nmod")) {
                    return Optional.of(of);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Integer> byPhrase(int verb) {
        for (int o : tree.children(verb, "obl", "obl:agent")) {
            if (tree.caseMarker(o).map(m -> words.isFunction(m, "by")).orElse(false)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** The group takes the commander's state and patron; an armed group's commander is military. */
    private void link(int group, int commander) {
        Optional<Actor> p = first(commander);
        Optional<Actor> g = first(group);
        if (p.isPresent()) {
            Optional<String> agent = g.flatMap(Actor::agent).or(() -> p.get().agent());
            fillGroup(
                    group,
                    p.get().country(),
                    agent,
                    p.get().patron(),
                    "commanded by " + tree.token(commander).word());
        }
        Optional<Actor> grp = first(group);
        if (grp.isPresent() && isNamed(commander)) {
            fill(
                    commander,
                    grp.get().country(),
                    grp.get().agent(),
                    Optional.empty(),
                    "commands '" + mentions.at(group).get(0).text() + "'");
        }
    }

    private Optional<Actor> first(int head) {
        List<ActorMention> at = mentions.at(head);
        return at.isEmpty() ? Optional.empty() : Optional.of(at.get(0).actor());
    }

    private boolean isNamed(int head) {
        return mentions.nameOf(head).isPresent() || !mentions.at(head).isEmpty();
    }

    /** Fills what a person's actor lacks (country, agent, patron), creating it for an unknown name. */
    private void fill(int head, Optional<String> country, Optional<String> agent, Optional<String> patron, String why) {
        List<ActorMention> at = mentions.at(head);
        if (at.isEmpty()) {
            Optional<String> name = mentions.nameOf(head);
            if (name.isEmpty() || country.isEmpty()) {
                return;
            }
            ActorKind kind =
                    tree.token(head).entity() == EntityClass.ORGANIZATION ? ActorKind.ORGANIZATION : ActorKind.PERSON;
            Actor a = new Actor(name.get(), code(country, agent), country, agent, patron, kind);
            mentions.replace(
                    head, List.of(mentions.mention(head, a, List.of(why, SentenceActors.NEW_ACTOR + name.get()))));
            return;
        }
        mentions.replace(head, completed(at, country, agent, patron, why, null));
    }

    /** Like {@link #fill} for a group, which may have no name of its own: "the al-Nemr group". */
    private void fillGroup(
            int head, Optional<String> country, Optional<String> agent, Optional<String> patron, String why) {
        List<ActorMention> at = mentions.at(head);
        if (at.isEmpty()) {
            if (country.isEmpty()) {
                return;
            }
            String name = mentions.nameOf(head).orElse(tree.token(head).word());
            Actor a = new Actor(name, code(country, agent), country, agent, patron, ActorKind.GROUP);
            mentions.replace(head, List.of(mentions.mention(head, a, List.of(why))));
            return;
        }
        mentions.replace(head, completed(at, country, agent, patron, why, ActorKind.GROUP));
    }

    private List<ActorMention> completed(
            List<ActorMention> at,
            Optional<String> country,
            Optional<String> agent,
            Optional<String> patron,
            String why,
            ActorKind kindIfNew) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : at) {
            Actor a = m.actor();
            if (a.country().isPresent() && a.agent().isPresent() && (a.patron().isPresent() || patron.isEmpty())) {
                out.add(m);
                continue;
            }
            Optional<String> c = a.country().or(() -> country);
            Optional<String> ag = a.agent().or(() -> agent);
            Optional<String> pa =
                    a.patron().or(() -> patron).filter(p -> !c.map(p::equals).orElse(false));
            String code = a.code().startsWith(UNKNOWN) || a.country().isEmpty() ? code(c, ag) : a.code();
            Actor filled = new Actor(
                    a.name(), code, c, ag, pa, kindIfNew != null && a.kind() == ActorKind.STATE ? kindIfNew : a.kind());
            List<String> evidence = new ArrayList<>(m.evidence());
            evidence.add(why);
            out.add(new ActorMention(m.sentenceIndex(), m.tokens(), m.head(), m.chars(), m.text(), filled, evidence));
        }
        return out;
    }

    private static String code(Optional<String> country, Optional<String> agent) {
        String c = country.orElse(UNKNOWN) + agent.orElse("");
        return c;
    }
}
