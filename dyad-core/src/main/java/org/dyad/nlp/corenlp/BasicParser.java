package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.Optional;

/**
 * CoreNLP's neural dependency parser (the UD model depparse uses) called directly, for the basic
 * dependencies alone: the depparse annotator also builds the collapsed, CC-processed, enhanced
 * and enhanced++ graphs of every sentence, which dyad never reads and which took as long as the
 * parse itself. The basic graph is made as depparse makes it. Thread-safe: the parser keeps no
 * state between sentences.
 */
final class BasicParser {
    private final DependencyParser parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
    private final int maxLength;

    /** A parser that leaves sentences longer than {@code maxLength} tokens unparsed, as depparse.maxlen does. */
    BasicParser(int maxLength) {
        this.maxLength = maxLength;
    }

    /** The basic UD dependencies of {@code sentence} (tagged tokens); none past the length limit. */
    Optional<SemanticGraph> parse(CoreMap sentence) {
        if (sentence.get(CoreAnnotations.TokensAnnotation.class).size() > maxLength) {
            return Optional.empty();
        }
        GrammaticalStructure structure = parser.predict(sentence);
        return Optional.of(SemanticGraphFactory.makeFromTree(structure, SemanticGraphFactory.Mode.BASIC,
                GrammaticalStructure.Extras.NONE, null));
    }
}
