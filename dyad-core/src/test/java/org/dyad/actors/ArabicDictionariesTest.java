package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.dyad.actors.internal.PhraseForms;
import org.dyad.actors.internal.TokenKeys;
import org.junit.jupiter.api.Test;

/** UniversalPetrarch's Arabic actors and agents read by the Phoenix readers, matched through normalised keys. */
class ArabicDictionariesTest {

    private static final ActorDictionary ACTORS = ArabicDictionaries.actors();
    private static final AgentDictionary AGENTS = ArabicDictionaries.agents();

    /**
     * actor_dict_ar_v4.txt: {@code grep -cP '^\s*[^\s\[]'} = 5968 names, one entry each (no '+'
     * synonyms); {@code grep -c -- '-18000101\]'} = 65 open ends. Reported: 25 names left with no
     * code, 17 codes that are not codes ('IMG?', a bare date range), 17 ranges that end before
     * they start (not 1800-01-01), and one second undated code. dyad.actors-ar.txt replaces the 67
     * entries of its 7 demonyms (grep -cP '^\s*مصري_?\s*(\[|$)' and so on: 5 + 13 + 10 + 14 + 9 + 12 + 4)
     * with one entry each.
     * agents.all.ar_v3.txt: 2009 lines, one '#' comment, 2008 agent lines of which 6 write their
     * phrase inside the code bracket ('[~MIL قائد عام ل جيش]') and are skipped; no plural is
     * generated for an Arabic word, so each of the 2002 others is one entry.
     */
    @Test
    void theFilesReadWithCountsWorkedOutFromThem() {
        assertThat(ACTORS.size()).isEqualTo(5968 - 67 + 7);
        assertThat(ArabicDictionaries.openEndedRanges()).isEqualTo(65);
        // The first "مصري" of the file is [DEUJUD]; dyad's correction makes it Egypt's, undated.
        assertThat(ACTORS.entries().stream()
                        .filter(e -> e.phrases().contains("مصري"))
                        .map(e -> e.codes().toString()))
                .singleElement()
                .asString()
                .contains("EGY")
                .doesNotContain("DEU");
        assertThat(ACTORS.diagnostics()).hasSize(25 + 17 + 17 + 1);
        assertThat(ACTORS.entries().stream().filter(e -> e.codes().isEmpty())).hasSize(25);
        assertThat(AGENTS.size()).isEqualTo(2008 - 6);
        assertThat(AGENTS.diagnostics()).hasSize(6 + 1);
        assertThat(AGENTS.entries())
                .noneMatch(e -> e.words().get(e.words().size() - 1).endsWith("S"));
    }

    @Test
    void handCheckedActorsAndAgents() {
        // Line 3, "ابو_بلال_" with "[PSECVLELI 19840502-18000101]": from 1984-05-02 on.
        ActorEntry abuBilal = ACTORS.entries().get(2);
        assertThat(abuBilal.phrases()).containsExactly("ابو_بلال_");
        assertThat(abuBilal.codeOn(Optional.of(LocalDate.of(2018, 1, 1)))).contains("PSECVLELI");
        assertThat(abuBilal.codeOn(Optional.of(LocalDate.of(1984, 5, 1)))).isEmpty();
        // Line 19, "نوري_المالكي_": IRQGOV 2010-12-21 to 2014-09-08, IRQELI to 2016-10-10.
        ActorEntry maliki = ACTORS.entries().stream()
                .filter(e -> e.source().equals("actor_dict_ar_v4.txt:19"))
                .findFirst()
                .orElseThrow();
        assertThat(maliki.codeOn(Optional.of(LocalDate.of(2012, 1, 1)))).contains("IRQGOV");
        assertThat(maliki.codeOn(Optional.of(LocalDate.of(2015, 1, 1)))).contains("IRQELI");
        // Line 31 of the agents, "لاجئ [~REF]".
        assertThat(AGENTS.entries().stream().filter(e -> e.source().equals("agents.all.ar_v3.txt:31")))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.words()).containsExactly("لاجئ");
                    assertThat(e.code()).isEqualTo("REF");
                    assertThat(e.prefix()).isFalse();
                });
    }

    /** Tokens written with vowels, hamzas and ة meet the lemmas of the dictionary through the same keys. */
    @Test
    void arabicTokensMeetTheDictionaryPhrases() {
        ActorLexicon lexicon = new ActorLexicon(ACTORS, AGENTS, CountryTable.of(List.of()));
        Optional<LocalDate> date = Optional.of(LocalDate.of(2015, 1, 1));
        // Line 7, "وزارة_دفاع_أميركي_ [USAGOV]", written with harakat and without hamza.
        assertThat(lexicon.match(TestSentences.of("وَزارَة دِفاع اَمِيرْكِيّ"), date))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.code()).isEqualTo("USAGOV");
                    assertThat(m.source()).isEqualTo("actor_dict_ar_v4.txt:7");
                });
        // Agents are looked up by lemma too: "اللاجئون" (the refugees), lemma لاجئ.
        assertThat(lexicon.match(TestSentences.of("نزح اللاجئون|لاجئ"), date))
                .singleElement()
                .satisfies(m -> assertThat(m.code()).isEqualTo("~REF"));
    }

    @Test
    void arabicTokensCanStartANameAndLatinOnesAsBefore() {
        assertThat(TokenKeys.looksProper("المالكي")).isTrue();
        assertThat(TokenKeys.looksProper("Turkey")).isTrue();
        assertThat(TokenKeys.looksProper("turkey")).isFalse();
        assertThat(TokenKeys.looksProper("al-Assad")).isTrue();
        assertThat(TokenKeys.looksProper("ßtraße")).isFalse();
        assertThat(TokenKeys.looksProper("-")).isFalse();
    }

    /**
     * Latin keys are unchanged by the Arabic normalisation: for every phrase of the Phoenix actor
     * and agent files (40,810), the token keys of its words and its lookup forms hash as they did
     * with main's TokenKeys and PhraseForms at 2c0caa3.
     */
    @Test
    void englishKeysAreAsBefore() {
        StringBuilder keys = new StringBuilder();
        StringBuilder forms = new StringBuilder();
        int phrases = 0;
        PhoenixActorReader reader = new PhoenixActorReader();
        for (String file : ActorLexicon.ACTOR_FILES) {
            for (ActorEntry e :
                    reader.readResource(ActorLexicon.PHOENIX_DIR + file).entries()) {
                for (String p : e.phrases()) {
                    phrases++;
                    forms.append(PhraseForms.of(p, !p.endsWith("_")));
                    for (String w : p.split("[_ ]+")) {
                        keys.append(TokenKeys.key(w)).append(' ');
                    }
                }
            }
        }
        for (AgentEntry e : new AgentDictionaryReader()
                .readResource(ActorLexicon.PHOENIX_DIR + ActorLexicon.AGENT_FILE)
                .entries()) {
            phrases++;
            forms.append(PhraseForms.ofWords(e.words(), false));
            e.words().forEach(w -> keys.append(TokenKeys.key(w)).append(' '));
        }
        assertThat(phrases).isEqualTo(40810);
        assertThat(sha(forms.toString())).isEqualTo("1c6c6ff0dc1b170f");
        assertThat(sha(keys.toString())).isEqualTo("7c935645c9151ae6");
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
