package org.dyad.app;

import java.io.PrintWriter;
import java.util.List;
import org.dyad.coding.Decision;
import org.dyad.coding.SentenceCoding;
import org.dyad.model.ActorMention;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.nlp.DependencyTree;
import org.dyad.rules.RuleTrace;
import org.dyad.rules.Rules;

/** Renders the explanation of one sentence as plain text for people. */
final class ExplainRenderer {
    private final PrintWriter out;

    ExplainRenderer(PrintWriter out) {
        this.out = out;
    }

    void render(Sentence s, List<ActorMention> actors, SentenceCoding result, Rules rules) {
        out.printf("Sentence %d: %s%n%n", s.index() + 1, s.text());
        out.println("Tokens (index word/lemma/part of speech/features/entity class):");
        StringBuilder line = new StringBuilder();
        for (Token t : s.tokens()) {
            line.append(String.format(
                    "%d %s/%s/%s/%s/%s  ", t.index(), t.word(), t.lemma(), t.upos(), t.features(), t.entity()));
        }
        out.println("  " + line.toString().strip());
        out.println();
        out.println("Dependency tree:");
        DependencyTree tree = new DependencyTree(s);
        for (int root : tree.roots()) {
            printTree(tree, root, 1);
        }
        out.println();
        out.println("Actors:");
        if (actors.isEmpty()) {
            out.println("  (none: no dictionary entry, demonym or capital names an actor here)");
        }
        for (ActorMention m : actors) {
            var a = m.actor();
            out.printf(
                    "  \"%s\" (head %s) -> %s  country=%s agent=%s patron=%s kind=%s%n      from %s%n",
                    m.text(),
                    tree.token(m.head()).word(),
                    a.code(),
                    a.country().orElse("-"),
                    a.agent().orElse("-"),
                    a.patron().orElse("-"),
                    a.kind().wireName(),
                    String.join("; ", m.evidence()));
        }
        out.println();
        out.println("Verbs and event nouns:");
        if (result.decisions().isEmpty()) {
            out.println("  (no verb or event noun that could head an event)");
        }
        for (Decision d : result.decisions()) {
            out.printf("  %s [%d]: %s - %s%n", d.word(), d.token(), d.outcome().label(), d.detail());
        }
        out.println();
        out.println("Rules (who is the source and the target, as the rule files find them; --rules adds yours):");
        for (Decision d : result.decisions()) {
            roleRules(tree, d, rules);
        }
        out.println();
        out.println("Events:");
        if (result.events().isEmpty()) {
            out.println("  (none)");
        }
        for (Event e : result.events()) {
            out.printf(
                    "  %s -%s-> %s  %s \"%s\" (%s, confidence %.2f)%n",
                    e.source().map(m -> m.actor().code()).orElse("-"),
                    e.code().cameo(),
                    e.target().map(m -> m.actor().code()).orElse("-"),
                    e.code().name(),
                    e.trigger().text(),
                    e.status().wireName(),
                    e.confidence());
        }
        out.flush();
    }

    /** The role selectors of one verb (in its voice) or event noun, each alternative with what it found. */
    private void roleRules(DependencyTree tree, Decision d, Rules rules) {
        int t = d.token();
        List<String> selectors;
        if (tree.token(t).isVerb()) {
            String voice = rules.holds("passive", tree, t) ? "passive" : "active";
            selectors = List.of("passive", voice + "-source", voice + "-targets");
        } else {
            selectors = List.of("noun-parties", "noun-source", "noun-targets");
        }
        out.printf("  %s [%d]:%n", d.word(), t);
        for (String name : selectors) {
            RuleTrace.of(rules, name, tree, t).forEach(l -> out.println("    " + l));
        }
    }

    private void printTree(DependencyTree tree, int node, int depth) {
        Token t = tree.token(node);
        out.printf("%s%s/%s [%d] %s%n", "  ".repeat(depth), t.word(), t.upos(), node, tree.relation(node));
        if (depth > 60) {
            return;
        }
        for (int c : tree.children(node)) {
            printTree(tree, c, depth + 1);
        }
    }
}
