package org.dyad.coding.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** UniversalPetrarch's Arabic verb file read by the PETRARCH-2 reader, and English and Spanish read as before. */
class ArabicVerbsTest {

    private static final ArabicVerbs ARABIC = ArabicVerbs.read();

    /**
     * Counted in the file (dictionaries/ar/CAMEO.ar.0.5.txt, verb patterns from line 713):
     * blocks {@code grep -c '^---'} = 213; synsets {@code grep -c '^&'} = 35, whose 632 member lines
     * (629 '+' lines and 3 written backwards) hold 571 distinct phrases per synset ({@code sort -u});
     * patterns {@code grep -cP '^\s*-(?!--)'} = 2665, of which 23 are reported (9 open a '(...)'
     * with a synset, 2 with '{', 9 have '(' in braces, 2 '(' and 1 '}' in a '(...)'); verb lines
     * (after line 712, not blank and not starting '-' or '#') = 1502, of which 10 are broken words.
     * Joined verbs: one word with an inner '+' = 170; 'قام+ب' followed by words = 7; a verb and
     * هوو = 9 (وضع five times, منح, كلف, قبل, جعل).
     */
    @Test
    void theFileReadsWithCountsWorkedOutFromIt() {
        VerbDictionary d = ARABIC.dictionary();
        assertThat(d.blocks()).hasSize(213);
        assertThat(ARABIC.verbCount()).isEqualTo(1502 - 10);
        assertThat(ARABIC.patternCount()).isEqualTo(2665 - 23);
        assertThat(d.synsets()).hasSize(35);
        assertThat(d.synsets().values().stream().mapToInt(List::size).sum()).isEqualTo(571);
        assertThat(ARABIC.constructs())
                .isEqualTo(Map.of(
                        ArabicVerbConstruct.JOINED_PARTICLE, 170,
                        ArabicVerbConstruct.JOINED_PHRASE, 7,
                        ArabicVerbConstruct.OBJECT_PRONOUN, 9,
                        ArabicVerbConstruct.REVERSED_SYNSET_LINE, 3,
                        ArabicVerbConstruct.BROKEN_VERB, 10,
                        ArabicVerbConstruct.SKIPPED_PATTERN, 23));
        assertThat(d.diagnostics()).hasSize(10 + 23);
        assertThat(d.diagnostics()).contains("CAMEO.ar.0.5.txt:803: expected one verb, found 'أ حرق'; line skipped");
    }

    /** Line 988, "أحرق [139]" in block "أوقد", and line 736, "- * &SECURITY (من {&WEAPON ATTACK}) [151]". */
    @Test
    void handCheckedVerbsAndPatterns() {
        VerbDictionary d = ARABIC.dictionary();
        // Found however the token writes its alef and vowels; no English forms are made.
        VerbEntry burn = d.entriesFor("أَحْرَقَ").get(0);
        assertThat(burn.line()).isEqualTo(988);
        assertThat(burn.lemma()).isEqualTo("احرق");
        assertThat(burn.forms()).containsExactly("احرق");
        assertThat(d.codeOf(burn)).contains("139");
        assertThat(d.block(burn).name()).isEqualTo("أوقد");
        assertThat(d.entriesFor("احرق")).isEqualTo(d.entriesFor("أحرق"));

        // Line 998 "سيطر+على" (take control of), in block "لغى" [---]: a verb with its preposition.
        VerbEntry take = d.entriesFor("سيطر").stream()
                .filter(e -> e.line() == 998)
                .findFirst()
                .orElseThrow();
        // Kept normalised, as tokens are compared: على with its alef maqsura as yaa.
        assertThat(take.after()).containsExactly("علي");
        assertThat(d.codeOf(take)).isEmpty();

        VerbEntry alert = d.entriesFor("نبه").get(0);
        assertThat(alert.line()).isEqualTo(733);
        VerbPattern pattern = d.block(alert).patterns().get(0);
        assertThat(pattern.line()).isEqualTo(736);
        assertThat(pattern.code()).contains("151");
        assertThat(pattern.after().get(0)).isInstanceOf(PatternElement.SynsetRef.class);
        PatternElement.Prep from = (PatternElement.Prep) pattern.after().get(1);
        assertThat(from.preposition()).isEqualTo("من");
        // &SECURITY's "+حماية_" is keyed with its taa marbuta as haa, so "حمايةٌ" in a sentence meets it.
        assertThat(((PatternElement.SynsetRef) pattern.after().get(0)).matches("حمايةٌ"))
                .isTrue();
    }

    @Test
    void constructsAreReadAsDocumented() {
        VerbDictionary d = ARABIC.dictionary();
        // Line 800 "وضع هوو" (put it): the pronoun is dropped.
        assertThat(d.entriesFor("وضع").stream().filter(e -> e.line() == 800))
                .singleElement()
                .satisfies(e -> assertThat(e.isMultiWord()).isFalse());
        // Line 3440 "قام+ب زيارة+إلى [036]" (paid a visit to): one multi-word verb.
        assertThat(d.entriesFor("قام").stream().filter(e -> e.line() == 3440))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.after()).containsExactly("ب", "زياره", "الي");
                    assertThat(e.ownCode()).isEqualTo(Optional.of("036"));
                });
        // Line 227 "_دكتاتور+" is read as a member of &LEADER.
        assertThat(d.synsets().get("LEADER")).contains(List.of("دكتاتور"));
    }

    /**
     * The English and Spanish dictionaries read to the same blocks, synsets and diagnostics as
     * before the Arabic changes (normalised keys, no English forms for Arabic words): SHA-256 of
     * their text, computed with the readers of main at 2c0caa3.
     */
    @Test
    void englishAndSpanishVerbDictionariesReadAsBefore() {
        assertThat(fingerprint(VerbDictionary.loadBundled())).isEqualTo("397 17 4e01b670b37f59b0");
        assertThat(fingerprint(SpanishVerbs.load().dictionary())).isEqualTo("752 123 f9ea53ad0e6c4087");
    }

    private static String fingerprint(VerbDictionary d) {
        return d.blocks().size() + " " + d.diagnostics().size() + " "
                + sha(d.version() + d.blocks() + d.synsets() + d.diagnostics());
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
