package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dyad.model.Dependency;

/** CoreNLP's dependency graphs as dyad's arcs, in the order of their dependents whoever made them. */
final class Arcs {
    private Arcs() {}

    /** The basic graph of {@code structure}, made as the depparse annotator makes it. */
    static List<Dependency> ofBasicGraph(GrammaticalStructure structure) {
        return of(SemanticGraphFactory.makeFromTree(
                structure, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null));
    }

    /** The arcs of {@code graph}, its roots' heads {@link Dependency#ROOT}. */
    static List<Dependency> of(SemanticGraph graph) {
        List<Dependency> deps = new ArrayList<>();
        for (IndexedWord root : graph.getRoots()) {
            deps.add(new Dependency(Dependency.ROOT, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            deps.add(new Dependency(
                    e.getGovernor().index() - 1,
                    e.getDependent().index() - 1,
                    e.getRelation().toString().intern())); // a few dozen names, one string each
        }
        deps.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::head));
        return deps;
    }
}
