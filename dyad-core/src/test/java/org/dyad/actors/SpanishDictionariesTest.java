package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Phoenix readers on UniversalPetrarch's Spanish actor and agent files, and English read as before. */
class SpanishDictionariesTest {

    private static List<String> forms(AgentDictionary d) {
        return d.entries().stream()
                .map(e -> String.join(" ", e.words()) + " " + e.rendered())
                .toList();
    }

    @Test
    void substitutionSetsWrittenWithUnderscoresAreDefined() {
        AgentDictionary d = new AgentDictionaryReader()
                .read(
                        "agents_es.txt",
                        new StringReader(String.join(
                                "\n",
                                "!PERSONA!_=_HOMBRE,_HOMBRE,_MUJER,_PERSONA_ ",
                                "!MINISTA!_=_MINISTRO,_MINISTERIO_ ",
                                "!MINISTA!_DE_DEFENSA_ [~GOVMIL]",
                                "CONGRESO!PERSONA! [~LEG]",
                                "PRODUCTORA_ [~AGR]",
                                "¡CLERO_BUDISTA!_PERSONA!_ [~BUD]")));
        // Each item replaces the marker, its '_' a word break; HOMBRE is listed twice, kept once;
        // no plural is added to a substituted phrase or one ending in '_'.
        assertThat(forms(d))
                .containsExactly(
                        "MINISTRO DE DEFENSA ~GOVMIL",
                        "MINISTERIO DE DEFENSA ~GOVMIL",
                        "CONGRESO HOMBRE ~LEG",
                        "CONGRESO MUJER ~LEG",
                        "CONGRESO PERSONA ~LEG",
                        "PRODUCTORA ~AGR");
        // The machine-translated "!_PERSONA!" is no marker UniversalPetrarch reads either.
        assertThat(d.diagnostics()).containsExactly("agents_es.txt:6: substitution set !_PERSONA! is not defined");
    }

    @Test
    void accentedPhrasesDatedCodesAndHtmlEscapesAreRead() {
        ActorDictionary d = new PhoenixActorReader()
                .read(
                        "actors_es.txt",
                        new StringReader(String.join(
                                "\n",
                                "ÁLVARO_URIBE_VELEZ_ # COUNTRYINFO.TXT",
                                "+ ALVARO_URIBE_ # COUNTRYINFO.TXT",
                                "+ ÁLVARO_URIBE_VÉLEZ_ # COUNTRYINFO.TXT",
                                "\t[COLELI 700101-000101]",
                                "\t[COLGOV >020807]",
                                "GENESEE_&AMP;_WYOMING_ [MNCUSA]\t# RAILROADS\t$1,000,000,000",
                                "MACY&#039;S,_INC._ [MNCUSA]\t# DEPARTMENT STORES")));
        assertThat(d.diagnostics()).isEmpty();
        assertThat(d.entries()).hasSize(3);
        ActorEntry uribe = d.entries().get(0);
        assertThat(uribe.name()).isEqualTo("Álvaro Uribe Velez");
        assertThat(uribe.phrases()).containsExactly("ÁLVARO_URIBE_VELEZ_", "ALVARO_URIBE_", "ÁLVARO_URIBE_VÉLEZ_");
        assertThat(uribe.codeOn(Optional.of(LocalDate.of(1990, 5, 1)))).contains("COLELI");
        assertThat(uribe.codeOn(Optional.of(LocalDate.of(2005, 1, 1)))).contains("COLGOV");
        assertThat(uribe.codeOn(Optional.of(LocalDate.of(2001, 1, 1)))).isEmpty();
        // Before, ';' of "&AMP;" and '#' of "&#039;" cut these lines as comments: no code.
        assertThat(d.entries().get(1).phrases()).containsExactly("GENESEE_&_WYOMING_");
        assertThat(d.entries().get(1).codeOn(Optional.empty())).contains("MNCUSA");
        assertThat(d.entries().get(2).phrases()).containsExactly("MACY'S,_INC._");
        assertThat(d.entries().get(2).codeOn(Optional.empty())).contains("MNCUSA");
    }

    /**
     * Entries counted independently of the readers: primary lines (not '+', not '[', not comment
     * or blank) by awk, 33,950 in the unified file, of which 4 are skipped with a diagnostic
     * (two phrases with ']', '@_', one '[' left open), and 7,592 in actors_COL.txt. Agents:
     * 11,359 forms were read before substitution sets written with '_' were understood; the 211
     * lines starting "!MINISTA!_" other than its definition (grep -c '^!MINISTA!_' gives 212)
     * give 4 forms each, 844 more.
     */
    @Test
    void bundledSpanishFilesLoad() {
        ActorDictionary actors = SpanishDictionaries.actors();
        assertThat(actors.size()).isEqualTo(33_946 + 7_592);
        assertThat(actors.diagnostics()).hasSize(287 + 94);
        AgentDictionary agents = SpanishDictionaries.agents();
        // dyad's 73 Spanish agents (grep -c '^[^#].*\[~' dyad.agents-es.txt) come first.
        assertThat(agents.size()).isEqualTo(73 + 11_359 + 844);
        // The first MINISTRO is dyad's government minister, not UniversalPetrarch's clergyman.
        assertThat(agents.entries().stream()
                        .filter(e -> e.words().equals(List.of("MINISTRO")))
                        .map(AgentEntry::code)
                        .findFirst())
                .contains("GOV");
        // So is the first MINISTERIO: a government's ministry, not a church's.
        assertThat(agents.entries().stream()
                        .filter(e -> e.words().equals(List.of("MINISTERIO")))
                        .map(AgentEntry::code)
                        .findFirst())
                .contains("GOV");
        assertThat(agents.diagnostics()).noneMatch(line -> line.contains("!MINISTA! is not defined"));
    }

    /**
     * The English dictionaries read to the same entries and diagnostics as before the Spanish
     * fixes: sizes, and a SHA-256 of the entries' and diagnostics' text, computed with the readers
     * of main at dfb6186. A deliberate change to how English is read must update them.
     */
    @Test
    void englishDictionariesReadAsBefore() {
        PhoenixActorReader actors = new PhoenixActorReader();
        assertThat(fingerprint(actors.readResource("/dyad/dictionaries/phoenix/Phoenix.Countries.actors.txt")))
                .isEqualTo("18390 56 b292731059b9e95a");
        assertThat(fingerprint(actors.readResource("/dyad/dictionaries/phoenix/Phoenix.International.actors.txt")))
                .isEqualTo("7841 9 91c02ccc30cabf67");
        assertThat(fingerprint(actors.readResource("/dyad/dictionaries/phoenix/Phoenix.MilNonState.actors.txt")))
                .isEqualTo("1021 1 fbec869837483daa");
        assertThat(fingerprint(actors.readResource(ActorLexicon.DYAD_ACTORS))).isEqualTo("26 0 5cf731b189819e69");
        assertThat(fingerprint(actors.readResource(ActorLexicon.DYAD_RECENT_ACTORS)))
                .isEqualTo("529 0 66e4e0ce9f7cae2a");
        AgentDictionaryReader agents = new AgentDictionaryReader();
        AgentDictionary phoenix = agents.readResource("/dyad/dictionaries/phoenix/Phoenix.agents.txt");
        assertThat(phoenix.size() + " " + phoenix.diagnostics().size() + " "
                        + sha(phoenix.entries() + "" + phoenix.diagnostics()))
                .isEqualTo("5192 1 71b2d546c833920a");
        AgentDictionary own = agents.readResource(ActorLexicon.DYAD_AGENTS);
        assertThat(own.size() + " " + own.diagnostics().size() + " " + sha(own.entries() + "" + own.diagnostics()))
                .isEqualTo("18 0 638d182a19010365");
    }

    private static String fingerprint(ActorDictionary d) {
        return d.size() + " " + d.diagnostics().size() + " " + sha(d.entries() + "" + d.diagnostics());
    }

    private static String sha(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
