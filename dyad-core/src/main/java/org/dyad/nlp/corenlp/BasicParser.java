package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.Dependency;

/**
 * CoreNLP's neural dependency parser (the UD model depparse uses) for the basic dependencies
 * alone. The depparse annotator also builds the collapsed, CC-processed, enhanced and enhanced++
 * graphs of every sentence, which dyad never reads and which took as long as the parse itself;
 * this runs the parser's own transition loop over its own model, scoring with
 * {@link ParserNetwork}, and builds the basic graph from the final configuration as depparse
 * does. The parses are CoreNLP's to the last arc (tests compare them with CoreNLP's predict).
 *
 * <p>The loop needs parts of the parser CoreNLP keeps private (its classifier, transition
 * system and feature extractor); they are taken once, when the model loads. Should a CoreNLP
 * version hide them differently, the parser falls back to CoreNLP's own {@code predict}, with
 * the same parses at the old speed. Thread-safe: nothing is kept between sentences.
 */
final class BasicParser {
    private final DependencyParser parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
    private final int maxLength;
    private final Optional<Loop> loop;

    /** A parser that leaves sentences longer than {@code maxLength} tokens unparsed, as depparse.maxlen does. */
    BasicParser(int maxLength) {
        this.maxLength = maxLength;
        this.loop = Loop.of(parser);
    }

    /** Whether parses come from dyad's scoring of the model rather than CoreNLP's own predict. */
    boolean fast() {
        return loop.isPresent();
    }

    /**
     * The basic UD dependencies of {@code sentence} (tagged tokens), one per token in token order
     * (the root's head {@link Dependency#ROOT}); none past the length limit.
     */
    Optional<List<Dependency>> parse(CoreMap sentence) {
        int size = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
        if (size > maxLength) {
            return Optional.empty();
        }
        if (size == 0) {
            return Optional.of(List.of());
        }
        return Optional.of(loop.isPresent() ? loop.get().parse(sentence, size) : stock(sentence));
    }

    /** CoreNLP's own parse of {@code sentence}, as depparse makes its basic graph. */
    List<Dependency> stock(CoreMap sentence) {
        return Arcs.ofBasicGraph(parser.predict(sentence));
    }

    /** The parser's transition loop with the private parts it needs. */
    private record Loop(
            DependencyParser parser,
            ParsingSystem system,
            List<String> transitions,
            ParserNetwork network,
            MethodHandle features,
            MethodHandle terminal,
            Map<String, GrammaticalRelation> relations,
            MethodHandle structure) {
        static Optional<Loop> of(DependencyParser parser) {
            try {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                Classifier classifier =
                        (Classifier) field(DependencyParser.class, "classifier").get(parser);
                ParsingSystem system =
                        (ParsingSystem) field(DependencyParser.class, "system").get(parser);
                Config config = (Config) field(Classifier.class, "config").get(classifier);
                double[][] saved = (double[][]) field(Classifier.class, "saved").get(classifier);
                @SuppressWarnings("unchecked")
                Map<Integer, Integer> preMap = (Map<Integer, Integer>)
                        field(Classifier.class, "preMap").get(classifier);
                @SuppressWarnings("unchecked")
                List<String> transitions = List.copyOf(
                        (List<String>) field(ParsingSystem.class, "transitions").get(system));
                @SuppressWarnings("unchecked")
                List<String> labels =
                        (List<String>) field(ParsingSystem.class, "labels").get(system);
                MethodHandle features =
                        lookup.unreflect(method(DependencyParser.class, "getFeatureArray", Configuration.class));
                MethodHandle terminal =
                        lookup.unreflect(method(ParsingSystem.class, "isTerminal", Configuration.class));
                Method relation = method(DependencyParser.class, "makeGrammaticalRelation", String.class);
                Map<String, GrammaticalRelation> relations = new HashMap<>();
                for (String label : labels) {
                    relations.put(label, (GrammaticalRelation) relation.invoke(parser, label));
                }
                MethodHandle structure = lookup.unreflect(
                        method(DependencyParser.class, "makeGrammaticalStructure", List.class, TreeGraphNode.class));
                ParserNetwork network = new ParserNetwork(classifier, config, saved, preMap);
                if (saved == null || network.labels() != transitions.size()) {
                    return Optional.empty();
                }
                return Optional.of(new Loop(
                        parser, system, transitions, network, features, terminal, Map.copyOf(relations), structure));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return Optional.empty();
            }
        }

        /** As CoreNLP's predict: the best-scoring transition that applies, until the configuration is final. */
        List<Dependency> parse(CoreMap sentence, int size) {
            Configuration c = system.initialConfiguration(sentence);
            ParserNetwork.Scratch scratch = network.scratch();
            try {
                while (!(boolean) terminal.invokeExact(system, c)) {
                    if (Thread.interrupted()) {
                        throw new RuntimeInterruptedException();
                    }
                    double[] scores = network.scores((int[]) features.invokeExact(parser, c), scratch);
                    double best = Double.NEGATIVE_INFINITY;
                    String chosen = null;
                    for (int j = 0; j < scores.length; j++) {
                        if (scores[j] > best && system.canApply(c, transitions.get(j))) {
                            best = scores[j];
                            chosen = transitions.get(j);
                        }
                    }
                    system.apply(c, chosen);
                }
                IndexedWord root = new IndexedWord(new Word("ROOT"));
                root.set(CoreAnnotations.IndexAnnotation.class, 0);
                return Arcs.ofBasicGraph((GrammaticalStructure)
                        structure.invokeExact(parser, typed(sentence, c, size, root), new TreeGraphNode(root)));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("dependency parser: " + e, e);
            }
        }

        /**
         * The final configuration's arcs as predict types them: the structure built from them
         * renames some (a passive's "nsubj" becomes "nsubj:pass"), so it is built as there.
         */
        private List<TypedDependency> typed(CoreMap sentence, Configuration c, int size, IndexedWord root) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<TypedDependency> typed = new ArrayList<>(size);
            for (int k = 1; k <= size; k++) {
                int head = c.getHead(k);
                IndexedWord dependent = new IndexedWord(tokens.get(k - 1));
                IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
                GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relations.get(c.getLabel(k));
                typed.add(new TypedDependency(relation, governor, dependent));
            }
            return typed;
        }

        private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        }

        private static Method method(Class<?> owner, String name, Class<?>... parameters) throws NoSuchMethodException {
            Method m = owner.getDeclaredMethod(name, parameters);
            m.setAccessible(true);
            return m;
        }
    }
}
