package org.dyad.eval.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dyad.model.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Spanish- and Arabic-shaped records (made up, in the shapes UniversalPetrarch's files use), with
 * the breakages those files and hand-written ones have: repaired and counted, or, where a record
 * cannot be repaired, skipped alone.
 */
class RecordLanguagesTest {
    static final String SPANISH = """
            <?xml version="1.0" ?>
            <Validation>
            <Environment>
            <Include>protest</Include>
            </Environment>
            <Sentences>
            <!-- outer <!-- inner --> still outer -->
            <Sentence category="protest" date="19940614" evaluate="true" id="ES-1">
            <EventText eid="0" eventtext="bloquean" sourcetext="campesinos" targettext="gobierno"/>
            <EventCoding eid="0" eventcode="145_Protest_violently_riot" plover="" sourcecode="~AGR" targetcode="COLGOV"/>
            <EventCoding eid="1" eventcode="14_PROTEST_" plover="" sourcecode="" targetcode=""/>
            <PLEvent {"event": "145"}>
            <Text>Campesinos &amp; mineros bloquean la via del Cauca & protestan << contra el gobierno >>
            </Text>
            <Parse>
            1	Campesinos	campesino	NOUN	NOUN	Gender=Masc|Number=Plur	4	nsubj	_	_
            </Parse>
            </Sentence>
            <Sentence category="protest" date="19940615" evaluate="true" id="ES-2"/>
            <EventCoding eid="0" eventcode="10_DEMAND_" plover="DEMAND" sourcecode="---" targetcode="---"/>
            <Text>Piden agua.</Text>
            </Sentence>
            <Sentence category="protest" date="19940616" evaluate="true" id="ES-3">
            <EventCoding eid="0" eventcode="140" sourcecode="" targetcode=""/>
            <Text>Una marcha.</Txt>
            </Sentence>
            </Sentences>
            """;

    static final String ARABIC = """
            <Validation><Environment><Include>protest</Include></Environment>
            <Sentences>
            <Sentence category="PROTEST" date="20071008" evaluate="true" id="AR-1" >
            <EventCoding eid="0" eventcode="" plover="PROTEST" sourcecode="None CVL" targetcode="USA GOV" />
            <Text>
            للاحتجاج
            </Text>
            <Parse>1	ل	ل	ADP	P---------	_	2	case	_	_
            2	الاحتجاج	احتجاج	NOUN	N------S2D	Case=Gen|Definite=Def|Number=Sing	0	root	_	_
            </Parse></Sentence>
            </Sentences>
            """;

    @Test
    void spanishRecordsAreReadPastEveryRepair() {
        ValidationReader.Result r = ValidationReader.read("es.xml", SPANISH);

        assertThat(r.records()).extracting(ValidationRecord::id).containsExactly("ES-1", "ES-2");
        ValidationRecord first = r.records().get(0);
        assertThat(first.text())
                .isEqualTo("Campesinos & mineros bloquean la via del Cauca & protestan << contra el gobierno >>");
        assertThat(first.codings())
                .containsExactly(
                        new ValidationRecord.ExpectedCoding(
                                "145", "---AGR", "COLGOV", "145_Protest_violently_riot", Optional.empty()),
                        new ValidationRecord.ExpectedCoding("14", "---", "---", "14_PROTEST_", Optional.empty()));
        assertThat(first.parse()).hasValueSatisfying(p -> assertThat(p).startsWith("1\tCampesinos\tcampesino"));
        assertThat(r.records().get(1).codings().get(0).plover()).hasValue("DEMAND");
        assertThat(r.include()).containsExactly("protest");
    }

    @Test
    void eachKindOfRepairIsOneDiagnosticWithItsCount() {
        List<String> d = ValidationReader.read("es.xml", SPANISH).diagnostics().stream()
                .map(Diagnostic::toString)
                .toList();

        assertThat(d.subList(0, 6))
                .containsExactly(
                        "es.xml: repaired 1 x comment holding another comment, blanked to its own end",
                        "es.xml: repaired 1 x non-XML <Name {...}> element (a <PLEvent> line), blanked",
                        "es.xml: repaired 1 x <Sentence .../> closed at once but ended by </Sentence>, opened",
                        "es.xml: repaired 1 x bare & escaped as &amp;",
                        "es.xml: repaired 2 x bare < escaped as &lt;",
                        "es.xml: repaired 1 x <Validation> never closed, closed at the end");
        // The record whose </Txt> no repair can guess is skipped alone, named by its line.
        assertThat(d).hasSize(7);
        assertThat(d.get(6))
                .startsWith("es.xml:23: record ES-3 is not well-formed XML after the repairs (")
                .contains("Text")
                .endsWith("); skipped");
    }

    @Test
    void arabicActorPairsBecomePetrarchCodesAndThePloverTypeIsKept() {
        ValidationReader.Result r = ValidationReader.read("ar.xml", ARABIC);

        ValidationRecord record = r.records().get(0);
        assertThat(record.codings())
                .containsExactly(
                        new ValidationRecord.ExpectedCoding("", "---CVL", "USAGOV", "", Optional.of("PROTEST")));
        assertThat(record.codings().get(0)).hasToString("PROTEST ---CVL->USAGOV");
        assertThat(record.parse()).hasValueSatisfying(p -> assertThat(p).startsWith("1\tل\t"));
        assertThat(r.diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly("ar.xml: repaired 1 x <Validation> never closed, closed at the end");
        assertThat(RecordParses.language(r.records())).isEqualTo(PetrarchCount.Rules.ARABIC);
        assertThat(RecordParses.language(
                        ValidationReader.read("es.xml", SPANISH).records()))
                .isEqualTo(PetrarchCount.Rules.SPANISH);
    }

    @Test
    void actorCodesAsTheThreeLanguagesWriteThem() {
        assertThat(ExpectedCodings.actor("")).isEqualTo("---");
        assertThat(ExpectedCodings.actor(null)).isEqualTo("---");
        assertThat(ExpectedCodings.actor("~REB")).isEqualTo("---REB");
        assertThat(ExpectedCodings.actor("None None")).isEqualTo("---");
        assertThat(ExpectedCodings.actor("USA None")).isEqualTo("USA");
        assertThat(ExpectedCodings.actor("ARNGOV")).isEqualTo("ARNGOV");
        assertThat(ExpectedCodings.actor("\"THE MINISTRY OF MAGIC\"")).isEqualTo("\"THE MINISTRY OF MAGIC\"");
    }
}
