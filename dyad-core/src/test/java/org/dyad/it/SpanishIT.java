package org.dyad.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Article;
import org.dyad.model.ArticleLanguage;
import org.dyad.model.Dependency;
import org.dyad.model.EntityClass;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Status;
import org.dyad.model.Token;
import org.dyad.model.Upos;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.dyad.nlp.lemma.SpanishLemmatizer;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.LanguagePipelines;
import org.dyad.stage.StageContext;
import org.dyad.stage.StageTimes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spanish end to end, on CoreNLP's Spanish models: the annotation the coder reads (lemmas, UD
 * relations, entities, times, offsets) and the events of a short Spanish news text, written for
 * this test, with the codes and actors a coder of CAMEO gives them.
 */
class SpanishIT {
    private static final LocalDate MONDAY = LocalDate.of(2019, 5, 13);
    private static final String TEXT = "Las fuerzas rusas atacaron el martes a los rebeldes sirios en Alepo.\n"
            + "Estados Unidos impuso nuevas sanciones contra Irán, dijo el Departamento del Tesoro.\n";

    private static CoreNlpAnnotator annotator;
    private static DyadPipeline pipeline;

    @BeforeAll
    static void load() {
        StageTimes times = new StageTimes();
        annotator = CoreNlpAnnotator.spanish(SpanishLemmatizer.load(), times, 1);
        pipeline = LanguagePipelines.build(LanguagePipelines.SPANISH, annotator, true, times);
    }

    /** The events of a Spanish article of Monday 13 May 2019. */
    private static List<Event> coded(String id, String text) {
        Article article = new Article(
                id,
                text,
                Optional.of(MONDAY),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("es"),
                "test:" + id);
        return pipeline.code(article, new StageContext("test:" + id)).events();
    }

    @Test
    void theAnnotationGivesLemmasRelationsEntitiesTimesAndOffsets() {
        List<Sentence> sentences = annotator.annotate(TEXT, Optional.of(MONDAY));
        assertThat(sentences).hasSize(2);
        Sentence s = sentences.get(0);
        Token verb = s.token(3);
        assertThat(verb.word()).isEqualTo("atacaron");
        assertThat(TEXT.substring(verb.span().start(), verb.span().end())).isEqualTo("atacaron");
        assertThat(verb.lemma()).isEqualTo("atacar");
        assertThat(verb.upos()).isEqualTo(Upos.VERB);
        assertThat(verb.has("Tense", "Past")).isTrue();
        assertThat(s.token(1).lemma()).isEqualTo("fuerza");
        assertThat(s.dependencies()).contains(new Dependency(3, 1, "nsubj")).contains(new Dependency(3, 8, "obj"));
        Token aleppo = s.tokens().stream()
                .filter(t -> t.word().equals("Alepo"))
                .findFirst()
                .orElseThrow();
        assertThat(aleppo.entity()).isEqualTo(EntityClass.LOCATION);
        assertThat(s.times())
                .singleElement()
                .satisfies(t -> assertThat(t.text()).isEqualTo("el martes"));
    }

    @Test
    void aSpanishTextGivesItsEventsWithTheirActorsDatesAndPlaces() {
        List<Event> events = coded("es1", TEXT);

        Event attack = only(events, "atacaron");
        assertThat(attack.code().cameo()).startsWith("18");
        assertThat(attack.source().orElseThrow().actor().code()).isEqualTo("RUSMIL");
        assertThat(attack.source().orElseThrow().text()).isEqualTo("Las fuerzas rusas");
        assertThat(attack.target().orElseThrow().actor().code()).isEqualTo("SYRREB");
        Span trigger = attack.trigger().span();
        assertThat(TEXT.substring(trigger.start(), trigger.end())).isEqualTo("atacaron");
        // "el martes" of a past act, told on Monday 13 May: the Tuesday before.
        assertThat(attack.when().start()).hasValue(LocalDate.of(2019, 5, 7));
        assertThat(attack.where())
                .hasValueSatisfying(p -> assertThat(p.country()).hasValue("SYR"));
        assertThat(attack.provenance().language()).hasValue(new ArticleLanguage("es", ArticleLanguage.Basis.INPUT));

        // Sanctions imposed: CAMEO 163, embargo, boycott or sanctions.
        Event sanctions = only(events, "impuso");
        assertThat(sanctions.code().cameo()).isEqualTo("163");
        assertThat(sanctions.source().orElseThrow().actor().code()).isEqualTo("USA");
        assertThat(sanctions.target().orElseThrow().actor().code()).isEqualTo("IRN");
    }

    @Test
    void groupsNamedByWhatTheyAreProtestWithTheCodesOfDyadsSpanishCorrections() {
        String text = "Los maestros protestaron el martes frente al ministerio en Quito.\n"
                + "Los campesinos bloquearon la carretera Panamericana.\n";
        List<Event> events = coded("es3", text);
        // The teachers, named alone, are Ecuador's by the place the sentence names (Quito), and
        // the ministry is a government's (dyad.agents-es.txt), not a church's.
        assertThat(events)
                .filteredOn(e -> e.code().cameo().startsWith("14")
                        && e.source().orElseThrow().text().equals("Los maestros"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.source().orElseThrow().actor().code()).isEqualTo("ECUEDU");
                    assertThat(e.target().orElseThrow().text()).startsWith("ministerio");
                    assertThat(e.target().orElseThrow().actor().code()).isEqualTo("ECUGOV");
                });
        // Blocking a road is a protest by obstruction (144, dyad.patterns-es.txt), by farmers (AGR).
        assertThat(events)
                .filteredOn(e -> e.code().cameo().equals("144"))
                .singleElement()
                .satisfies(e ->
                        assertThat(e.source().orElseThrow().actor().agent()).hasValue("AGR"));
    }

    @Test
    void aStrikeNamedAloneIsTheStrikersAct() {
        // "huelga" is a group in UniversalPetrarch's agents ([~LAB]): with no one else named, the
        // strike stands for the strikers, of the country the sentence places it in.
        String text = "La huelga de los mineros paralizó la producción en Bolivia.\n"
                + "Las fuerzas rusas atacaron la base.\n";
        List<Event> events = coded("es4", text);
        assertThat(events)
                .filteredOn(e -> e.code().cameo().equals("143"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.trigger().text()).isEqualTo("huelga");
                    assertThat(e.source().orElseThrow().actor().code()).isEqualTo("BOLLAB");
                    assertThat(e.source().orElseThrow().text()).startsWith("La huelga");
                });
        // An attack's noun is no actor: its doer stays the one named.
        assertThat(events)
                .filteredOn(e ->
                        e.code().cameo().startsWith("19") || e.code().cameo().startsWith("18"))
                .allSatisfy(
                        e -> assertThat(e.source().orElseThrow().actor().code()).isEqualTo("RUSMIL"));
    }

    @Test
    void aPassiveWithSerHasItsPorPhraseForSourceAndItsPlaceForNoOne() {
        // UD_Spanish parses "fueron detenidas" with a plain aux and "por la policía" as an object
        // (es/roles.rules); "en Lima" says where, not who (dyad.patterns-es.txt).
        List<Event> events = coded("es5", "Decenas de personas fueron detenidas por la policía en Lima.\n");
        assertThat(events)
                .filteredOn(e -> e.code().cameo().equals("173"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.source().orElseThrow().text()).isEqualTo("la policía");
                    assertThat(e.source().orElseThrow().actor().code()).isEqualTo("PERCOP");
                    assertThat(e.target().orElseThrow().actor().code()).isEqualTo("PERCVL");
                });
    }

    @Test
    void aProtestNoOneIsNamedInIsByTheProtestersOfTheStory() {
        // No protester and no place named: the protesters are the story's country's, and where
        // the story has none, of a country no one knows ("---CVL", PETRARCH's way).
        String protests = "Las manifestaciones continuaron durante toda la noche, dijo el dirigente.\n";
        assertThat(coded("es6", protests))
                .filteredOn(e -> e.code().cameo().startsWith("14"))
                .singleElement()
                .satisfies(
                        e -> assertThat(e.source().orElseThrow().actor().code()).isEqualTo("---CVL"));
        String story = "El presidente de Ecuador recibió a los dirigentes en Quito.\n" + protests;
        assertThat(coded("es7", story))
                .filteredOn(e -> e.sentenceIndex() == 1)
                .filteredOn(e -> e.code().cameo().startsWith("14"))
                .singleElement()
                .satisfies(
                        e -> assertThat(e.source().orElseThrow().actor().code()).isEqualTo("ECUCVL"));
    }

    @Test
    void theFutureIsTheVerbsOwnFormAndNegationItsAdverb() {
        String text = "Rusia atacará la base de los rebeldes sirios.\n"
                + "Rusia va a atacar la base de los rebeldes sirios.\n"
                + "Rusia no atacó la base de los rebeldes sirios.\n"
                + "Rusia atacó la base de los rebeldes sirios.\n";
        List<Event> events = coded("es2", text);
        assertThat(events).hasSize(4);
        // An attack announced for later is a threat of force (138), as English "will attack" is.
        for (Event e : events.subList(0, 2)) {
            assertThat(e.status()).isEqualTo(Status.FUTURE);
            assertThat(e.code().cameo()).isEqualTo("138");
        }
        assertThat(events.get(2).negated()).isTrue();
        assertThat(events.get(3).negated()).isFalse();
        assertThat(events.get(3).status()).isEqualTo(Status.ASSERTED);
        // ATACAR alone: the attack code of its coded blocks, not the null code of the first block listing it.
        assertThat(events.get(3).code().cameo()).isEqualTo("180");
    }

    private static Event only(List<Event> events, String trigger) {
        List<Event> found = events.stream()
                .filter(e -> e.trigger().text().startsWith(trigger))
                .toList();
        assertThat(found)
                .as("events triggered by '%s' among %s", trigger, events)
                .hasSize(1);
        return found.get(0);
    }
}
