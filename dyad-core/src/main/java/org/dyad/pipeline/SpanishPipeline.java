package org.dyad.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dyad.actors.ActorLexicon;
import org.dyad.actors.ActorRecognizer;
import org.dyad.actors.ActorWords;
import org.dyad.coding.EventCoder;
import org.dyad.coding.EventFactory;
import org.dyad.coding.NounCoder;
import org.dyad.coding.cameo.SpanishVerbs;
import org.dyad.coding.cameo.VerbDictionary;
import org.dyad.lexicon.BundledWords;
import org.dyad.model.Provenance;
import org.dyad.nlp.Annotator;
import org.dyad.qualify.Qualifier;
import org.dyad.rules.Rules;
import org.dyad.stage.StageTimes;

/**
 * The pipeline of Spanish articles: the same stages and rules as English, over a Spanish
 * annotator, UniversalPetrarch's Spanish verb patterns, actors and agents, the countries' Spanish
 * names, and the Spanish word lists and rules ({@code dyad/lexicon/es/}, {@code dyad/rules/es/}).
 */
public final class SpanishPipeline {
    /** The language code of the articles it codes. */
    public static final String LANGUAGE = "es";

    private SpanishPipeline() {}

    /** A Spanish pipeline over {@code annotator} (one of Spanish), with coreference or not, timed into {@code times}. */
    public static DyadPipeline build(Annotator annotator, boolean coreference, StageTimes times) {
        BundledWords words = new BundledWords(LANGUAGE);
        Rules rules = Rules.loadBundled(words);
        VerbDictionary verbs = SpanishVerbs.load().dictionary();
        ActorRecognizer actors =
                new ActorRecognizer(ActorLexicon.loadSpanish(), ActorWords.loadBundled(words), coreference);
        EventFactory factory = new EventFactory(provenance(annotator, verbs));
        return new DyadPipeline(
                LANGUAGE,
                annotator,
                actors,
                EventCoder.loadBundled(verbs, NounCoder.loadBundled(words), rules, words),
                Qualifier.loadBundled(rules, factory, times, words),
                times);
    }

    private static Provenance provenance(Annotator annotator, VerbDictionary verbs) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("verbs", verbs.version());
        data.put(
                "actors",
                "UniversalPetrarch Spanish actor and agent dictionaries (openeventdata/UniversalPetrarch@067552d)");
        data.put("countries", "world-countries 5.1.0 (Spanish names)");
        data.put("codes", "CAMEO Goldstein table (phoenix_pipeline@d1639c5), CAMEO2PLOVER-2021");
        return new Provenance(DyadPipeline.version(), annotator.description(), data);
    }
}
