package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentDictionaryReaderTest {
    private static AgentDictionary read(String... lines) {
        return new AgentDictionaryReader().read("x/agents.txt", new StringReader(String.join("\n", lines)));
    }

    private static List<String> forms(AgentDictionary d) {
        return d.entries().stream().map(e -> String.join(" ", e.words())).toList();
    }

    @Test
    void regularPluralsAreAddedAutomatically() {
        AgentDictionary d =
                read("ARMY [~MIL]", "WITNESS [~CVL]", "FOREIGN_MINISTER [~GOVFRM] # jap 4/14/01", "ENVOY [~GOV]");
        assertThat(forms(d))
                .containsExactly(
                        "ARMY",
                        "ARMIES",
                        "WITNESS",
                        "WITNESSES",
                        "FOREIGN MINISTER",
                        "FOREIGN MINISTERS",
                        "ENVOY",
                        "ENVOYS");
        assertThat(d.entries().get(4).code()).isEqualTo("GOVFRM");
        assertThat(d.entries().get(4).source()).isEqualTo("agents.txt:3");
    }

    @Test
    void bracesGiveTheOnlyPluralsOrNone() {
        AgentDictionary d = read(
                "THIEF {THIEVES} [~CRM]",
                "POLICE {} [~COP]",
                "HEAD_OF_NATIONAL_POLICE {HEADS_OF_NATIONAL_POLICE } [~COP]");
        assertThat(forms(d))
                .containsExactly("THIEF", "THIEVES", "POLICE", "HEAD OF NATIONAL POLICE", "HEADS OF NATIONAL POLICE");
    }

    @Test
    void aTrailingUnderscoreMeansNoPlural() {
        assertThat(forms(read("MINISTRY_  [~GOV]"))).containsExactly("MINISTRY");
    }

    @Test
    void substitutionSetsExpandWithoutPlurals() {
        AgentDictionary d = read(
                "!PERSON! = MAN, MEN, WOMAN",
                "!MINIST! = MINISTER, MINISTRY",
                "CONGRESS!PERSON! [~LEG}",
                "FOREIGN_!MINIST! [~GOV]",
                "!MINIST! FOR_AGRICULTURE [~GOVAGR]");
        assertThat(forms(d))
                .containsExactly(
                        "CONGRESSMAN",
                        "CONGRESSMEN",
                        "CONGRESSWOMAN",
                        "FOREIGN MINISTER",
                        "FOREIGN MINISTRY",
                        "MINISTER FOR AGRICULTURE",
                        "MINISTRY FOR AGRICULTURE");
        assertThat(d.diagnostics()).isEmpty();
    }

    @Test
    void prefixAndSuffixCodes() {
        AgentDictionary d = read("HUMAN_RIGHTS_BODY  [NGO~] # BNL", "PRESIDENT [~GOVPRS]");
        AgentEntry body = d.entries().get(0);
        assertThat(body.prefix()).isTrue();
        assertThat(body.code()).isEqualTo("NGO");
        assertThat(body.rendered()).isEqualTo("NGO~");
        AgentEntry president = d.entries().get(2);
        assertThat(president.prefix()).isFalse();
        assertThat(president.rendered()).isEqualTo("~GOVPRS");
    }

    @Test
    void aBraceTypoClosingTheCodeIsAccepted() {
        AgentDictionary d = read("DEPARMENT_OF_ENVIRONMENT [~ENV}");
        assertThat(d.entries()).extracting(AgentEntry::code).containsOnly("ENV");
        assertThat(d.diagnostics()).isEmpty();
    }

    @Test
    void commentsAndBlankLinesAreSkipped() {
        AgentDictionary d = read("# a comment; with a semicolon", "", "#BANK [~BUS]", "   ", "BOSS [~BUS] ; old");
        assertThat(forms(d)).containsExactly("BOSS", "BOSSES");
        assertThat(d.diagnostics()).isEmpty();
    }

    @Test
    void malformedLinesAreReportedAndTheRestIsRead() {
        AgentDictionary d =
                read("ISLAMIC_EXTREMIST", "HOME_!UNKNOWN! [~GOV]", "BAD_CODE [GOV]", "{} [~GOV]", "TROOP {} [~MIL]");
        assertThat(forms(d)).containsExactly("TROOP");
        assertThat(d.diagnostics()).hasSize(4);
        assertThat(d.diagnostics().get(0)).startsWith("agents.txt:1: ");
        assertThat(d.diagnostics().get(1)).startsWith("agents.txt:2: ").contains("!UNKNOWN!");
        assertThat(d.diagnostics().get(2)).startsWith("agents.txt:3: ").contains("GOV");
    }
}
