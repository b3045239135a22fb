package org.dyad.eval.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.eval.GoldFileException;
import org.dyad.model.Diagnostic;
import org.junit.jupiter.api.Test;

/** The validation records as the UniversalPetrarch file writes them, with the parts that are not XML. */
class ValidationReaderTest {
    static final String FILE = """
            <?xml version='1.0' encoding='utf-8'?>
            <Validation>
            <!--
            #   Use <Sentence ... evaluate="false"> to bypass a case, with a comment in <!-- ... --> saying why.
            #   Lines beginning with <PLEvent... give PLOVER records: ignored.
            -->
            <Sentences>
            <Sentence category="DEMO" date="19950101" id="DEMO-01" evaluate="true">
            <!-- Simple coding: <actor><conj><actor> -->
            <EventCoding eventcode="050" sourcecode="ARN" targetcode="GON" />
            <Text>
            Arnor is about to restore full diplomatic ties with Gondor almost
            five years after crowds trashed its embassy.
            </Text>
            <Parse>
            1	Arnor	Arnor	PROPN	NNP	Number=Sing	3	nsubj	_	_
            </Parse></Sentence>

            <Sentence category="COMPOUND" date="19950107" id="DEMO-07" evaluate="true">
            <Config option="require_dyad" value="false" />
            <EventCoding eventcode="012" sourcecode="ARN" targetcode="DAG" />
            <EventCoding eventcode="012" sourcecode="ARN" targetcode="OSG" />
            <PLEvent {"event": "012", "source": [{"code": "ARN"}], "target": [{"code": "DAG"}, {"code": "OSG"}]}>
            <Text>Arnor believes Dagolath &amp; Osgiliath can cope.</Text>
            </Sentence>
            <Sentence category="PARSING" date="20080801" id="P-1" evaluate="true">
            <EventCoding noevents="True"> </EventCoding>
            <Text>Nothing happened.</Text>
            </Sentence>
            <Sentence category="ERROR" date="20080801" id="ERROR-01" evaluate="true">
            <EventCoding error="dateline" />
            <Text>CEBU CITY: -- a suit was filed.</Text>
            </Sentence>
            <Sentence category="VERB" date="1995x" id="V-1" evaluate="false">
            <Text>No codings at all.</Text>
            </Sentence>
            <Sentence category="VERB" date="19950101" id="V-2" evaluate="true">
            <EventCoding eventcode="111" />
            </Sentence>
            </Sentences>
            </Validation>
            """;

    @Test
    void readsTheRecordsPastNestedCommentsConfigAndPloverLines() {
        ValidationReader.Result r = ValidationReader.read("records.xml", FILE);

        assertThat(r.records())
                .extracting(ValidationRecord::id)
                .containsExactly("DEMO-01", "DEMO-07", "P-1", "ERROR-01", "V-1");
        ValidationRecord first = r.records().get(0);
        assertThat(first.category()).isEqualTo("DEMO");
        assertThat(first.date()).hasValue(LocalDate.of(1995, 1, 1));
        assertThat(first.text())
                .isEqualTo("Arnor is about to restore full diplomatic ties with Gondor almost five years after "
                        + "crowds trashed its embassy.");
        assertThat(first.codings()).containsExactly(new ValidationRecord.ExpectedCoding("050", "ARN", "GON"));
        assertThat(first.line()).isEqualTo(8);
        assertThat(first.scored()).isTrue();

        ValidationRecord compound = r.records().get(1);
        assertThat(compound.codings()).extracting(Object::toString).containsExactly("012 ARN->DAG", "012 ARN->OSG");
        assertThat(compound.text()).isEqualTo("Arnor believes Dagolath & Osgiliath can cope.");
    }

    @Test
    void noEventsErrorsAndRecordsWithoutCodingsAreTold() {
        List<ValidationRecord> records =
                ValidationReader.read("records.xml", FILE).records();

        assertThat(records.get(2).expectation()).isEqualTo(ValidationRecord.Expectation.NO_EVENT);
        assertThat(records.get(3).expectation()).isEqualTo(ValidationRecord.Expectation.ERROR);
        assertThat(records.get(3).error()).hasValue("dateline");
        assertThat(records.get(3).scored()).as("PETRARCH errors are not scored").isFalse();
        ValidationRecord none = records.get(4);
        assertThat(none.expectation())
                .as("no <EventCoding> at all: no event")
                .isEqualTo(ValidationRecord.Expectation.NO_EVENT);
        assertThat(none.evaluate()).isFalse();
        assertThat(none.date()).isEqualTo(Optional.empty());
    }

    @Test
    void unusableRecordsAreDiagnosticsWithTheirLine() {
        List<Diagnostic> d = ValidationReader.read("records.xml", FILE).diagnostics();

        assertThat(d)
                .extracting(Diagnostic::toString)
                .containsExactly(
                        "records.xml: repaired 1 x comment holding another comment, blanked to its own end",
                        "records.xml: repaired 1 x non-XML <Name {...}> element (a <PLEvent> line), blanked",
                        "records.xml:34: record V-1: date '1995x' is not YYYYMMDD; coded without a date",
                        "records.xml:37: record V-2 has no <Text>; skipped");
    }

    @Test
    void aFileWithoutRecordsIsNotValidationRecords() {
        assertThatThrownBy(() -> ValidationReader.read("x.xml", "<Validation></Validation>"))
                .isInstanceOf(GoldFileException.class)
                .hasMessageContaining("no <Sentence> records");
    }
}
