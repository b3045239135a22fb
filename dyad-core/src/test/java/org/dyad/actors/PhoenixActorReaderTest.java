package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhoenixActorReaderTest {
    private static ActorDictionary read(String... lines) {
        return new PhoenixActorReader().read("dict/test.actors.txt", new StringReader(String.join("\n", lines)));
    }

    private static ActorEntry only(ActorDictionary dictionary, String name) {
        List<ActorEntry> found =
                dictionary.entries().stream().filter(e -> e.name().equals(name)).toList();
        assertThat(found).as("entries named %s", name).hasSize(1);
        return found.get(0);
    }

    private static Optional<LocalDate> on(int y, int m, int d) {
        return Optional.of(LocalDate.of(y, m, d));
    }

    @Test
    void readsAPrimaryWithItsCodeAndSynonyms() {
        ActorDictionary d = read("# header comment", "", "IRAN_  [IRN]", "+IRANIAN", "+ISLAMIC_REPUBLIC_OF_IRAN");
        ActorEntry iran = only(d, "Iran");
        assertThat(iran.phrases()).containsExactly("IRAN_", "IRANIAN", "ISLAMIC_REPUBLIC_OF_IRAN");
        assertThat(iran.codes()).containsExactly(DatedCode.undated("IRN"));
        assertThat(iran.source()).isEqualTo("test.actors.txt:3");
        assertThat(d.diagnostics()).isEmpty();
    }

    @Test
    void codeLinesBelowSynonymsBelongToTheWholeEntry() {
        ActorDictionary d = read("BASHAR_AL-ASSAD", "+ASSAD", "+MR._ASSAD", "\t[SYRGOV]", " ", "NEXT_ [XYZ]");
        ActorEntry assad = only(d, "Bashar Al-Assad");
        assertThat(assad.phrases()).containsExactly("BASHAR_AL-ASSAD", "ASSAD", "MR._ASSAD");
        assertThat(assad.codeOn(Optional.empty())).contains("SYRGOV");
        assertThat(only(d, "Next").codeOn(Optional.empty())).contains("XYZ");
    }

    @Test
    void datedCodeLinesWithTrailingTabsAndCommentsAreRead() {
        ActorDictionary d = read(
                "KOFI_ANNAN_\t",
                "+SECRETARY-GENERAL_KOFI_ANNAN",
                "+K._ANNAN_",
                "\t[IGOUNO 970101-061231] ",
                "\t[ELI]# IGOrulers.txt");
        ActorEntry annan = only(d, "Kofi Annan");
        assertThat(annan.phrases()).hasSize(3);
        assertThat(annan.codeOn(on(2001, 9, 11))).contains("IGOUNO");
        assertThat(annan.codeOn(on(2012, 1, 1))).contains("ELI");
        assertThat(d.diagnostics()).isEmpty();
    }

    @Test
    void severalCodesOnThePrimaryLine() {
        ActorDictionary d = read(
                "JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]# IGOrulers.txt",
                "ABN_AMRO_\t[NLDGOVBUS >081004][MNCNLD]\t# recoded");
        ActorEntry cuellar = only(d, "Javier De Cuellar");
        assertThat(cuellar.codes()).hasSize(2);
        assertThat(cuellar.codeOn(on(1985, 1, 1))).contains("IGOUNO");
        assertThat(cuellar.codeOn(on(1995, 1, 1))).contains("ELI");
        ActorEntry amro = only(d, "Abn Amro");
        assertThat(amro.codeOn(on(2009, 1, 1))).contains("NLDGOVBUS");
        assertThat(amro.codeOn(on(2007, 1, 1))).contains("MNCNLD");
    }

    @Test
    void twoAndFourDigitYearsAndTheCenturyPivot() {
        ActorDictionary d = read(
                "JAMES_BYRNES_  ; CountryInfo.txt",
                "\t[USAELI 18970101-450703]",
                "\t[USAGOV 450703-470121]",
                "PIVOT_",
                "\t[OLD 300101-301231]",
                "\t[NEW 290101-291231]");
        ActorEntry byrnes = only(d, "James Byrnes");
        assertThat(byrnes.codes().get(0).from()).contains(LocalDate.of(1897, 1, 1));
        assertThat(byrnes.codes().get(0).to()).contains(LocalDate.of(1945, 7, 3));
        assertThat(byrnes.codeOn(on(1946, 1, 1))).contains("USAGOV");
        ActorEntry pivot = only(d, "Pivot");
        assertThat(pivot.codeOn(on(1930, 6, 1))).contains("OLD");
        assertThat(pivot.codeOn(on(2029, 6, 1))).contains("NEW");
    }

    @Test
    void beforeAndAfterRestrictionsIncludingASpaceAfterTheSign() {
        ActorDictionary d = read("SISI_", "\t[EGYMIL <140608]", "\t[EGYGOV > 140608]");
        ActorEntry sisi = only(d, "Sisi");
        assertThat(sisi.codeOn(on(2013, 1, 1))).contains("EGYMIL");
        assertThat(sisi.codeOn(on(2015, 1, 1))).contains("EGYGOV");
        assertThat(d.diagnostics()).isEmpty();
    }

    @Test
    void primaryLinesWithoutPlusBeforeCodesShareTheCodesAndAreReported() {
        ActorDictionary d = read("IVO_JOSIPOVIC_", "PRESIDENT_JOSIPOVIC_", "+JOSIPOVIC_", "\t[HRVGOV >20100218]");
        assertThat(d.entries()).extracting(ActorEntry::name).containsExactly("Ivo Josipovic", "President Josipovic");
        assertThat(d.entries())
                .allSatisfy(e -> assertThat(e.codeOn(on(2011, 1, 1))).contains("HRVGOV"));
        assertThat(d.entries().get(1).phrases()).containsExactly("PRESIDENT_JOSIPOVIC_", "JOSIPOVIC_");
        assertThat(d.diagnostics())
                .singleElement()
                .asString()
                .startsWith("test.actors.txt:2: ")
                .contains("shares the codes");
    }

    @Test
    void malformedLinesAreSkippedWithDiagnosticsAndGoodEntriesKept() {
        ActorDictionary d = read(
                "\t[ORPHAN]", // 1: code line before any phrase
                "+LOST_", // 2: synonym before any phrase
                "GOOD_ONE_", // 3
                "\t[ARMUNR 9008223-911221]", // 4: seven-digit date
                "\t[MNEGOV 20121204]", // 5: no <, > or -
                "\t[ARMGOV 911221-990101]", // 6
                "BROKEN_ [ABC", // 7: unclosed bracket, whole entry skipped
                "+BROKEN_SYNONYM_", // 8: belongs to the skipped entry
                "GOOD_TWO_ [DEF]", // 9
                "\t[GHI 20121207-20120802]", // 10: range ends before it starts
                "+FAEROYENE]_", // 11: stray bracket in a phrase
                "A._SCHULMAN_\t[MNCUSA]\tNewspapers $137,000,000"); // 12: junk after the code
        assertThat(d.entries()).extracting(ActorEntry::name).containsExactly("Good One", "Good Two", "A. Schulman");
        assertThat(only(d, "Good One").codes()).extracting(DatedCode::code).containsExactly("ARMGOV");
        assertThat(only(d, "Good Two").phrases()).containsExactly("GOOD_TWO_");
        assertThat(only(d, "A. Schulman").codeOn(Optional.empty())).contains("MNCUSA");
        assertThat(d.diagnostics())
                .extracting(s -> s.substring(0, s.indexOf(": ")))
                .containsExactly(
                        "test.actors.txt:1",
                        "test.actors.txt:2",
                        "test.actors.txt:4",
                        "test.actors.txt:5",
                        "test.actors.txt:7",
                        "test.actors.txt:8",
                        "test.actors.txt:10",
                        "test.actors.txt:11",
                        "test.actors.txt:12");
        assertThat(d.diagnostics().get(2)).contains("'9008223'");
    }

    @Test
    void codeLinesAfterABlankLineFollowingAFinishedEntryHaveLostTheirPhrase() {
        ActorDictionary d = read(
                "JORGE_SAMPAIO_",
                "\t[PRTGOV 960309-060309]",
                "  # CountryInfo.txt",
                "\t[PRTELI 570101-000101]",
                "\t[PRTELI]",
                "NEXT_ [NXT]");
        assertThat(only(d, "Jorge Sampaio").codes()).extracting(DatedCode::code).containsExactly("PRTGOV");
        assertThat(only(d, "Next").codes()).extracting(DatedCode::code).containsExactly("NXT");
        assertThat(d.diagnostics()).hasSize(2).first().asString().startsWith("test.actors.txt:4: ");
    }

    @Test
    void aCommentLineInsideAnEntryDoesNotEndIt() {
        ActorDictionary d =
                read("UHURU_KENYATTA_  # CountryInfo.txt", "# KENYATTA <- want to put this in", "\t[KENGOV >080301]");
        assertThat(only(d, "Uhuru Kenyatta").codeOn(on(2010, 1, 1))).contains("KENGOV");
        assertThat(d.diagnostics()).isEmpty();
    }

    @Test
    void aCommentedOutCodeLineBetweenCodeLinesDoesNotEndTheEntry() {
        // PETR_Validate_actors_2_02.txt:86-94: two code lines put out of use with '#' in the first column.
        ActorDictionary d = read(
                "GOLLUM  # pas 27 Apr 03",
                "+SMEAGOL",
                "\t[HOB < 950601]",
                "\t[HOBGOV 19950601 - 19990815]",
                "#\t[950601-990815]  incorrect code block check",
                "\t[HOBREB > 990816]",
                "\t",
                "GONDOR [GON]");
        ActorEntry gollum = only(d, "Gollum");
        assertThat(gollum.codes()).extracting(DatedCode::code).containsExactly("HOB", "HOBGOV", "HOBREB");
        assertThat(gollum.codeOn(on(2001, 1, 1))).contains("HOBREB");
        assertThat(only(d, "Gondor").codes()).containsExactly(DatedCode.undated("GON"));
        assertThat(d.diagnostics()).isEmpty();
    }

    @Test
    void markupCommentsAreSkippedOnOneLineOrOverSeveral() {
        ActorDictionary d = read(
                "<!-- PETRARCH VALIDATION SUITE ACTOR DICTIONARY -->",
                "<!-- ",
                "#\t\t========== IMPORTANT NOTE! ==========",
                "# use this for assessment purposes. Really.",
                "# -->",
                "<! -- NEW ACTORS FOR PETRARCH VALIDATION TEST -->",
                "",
                "<!-- DATE RESTRICTIONS [DATE records] -->",
                "SAM_GAMGEE [HOB]  # default",
                "\t[HOBCIV <20080120] <!-- a note after a code -->",
                "ISRAEL <!-- inline --> [ISR]");
        assertThat(d.entries()).extracting(ActorEntry::name).containsExactly("Sam Gamgee", "Israel");
        assertThat(only(d, "Sam Gamgee").codes()).extracting(DatedCode::code).containsExactly("HOB", "HOBCIV");
        assertThat(only(d, "Sam Gamgee").source()).isEqualTo("test.actors.txt:9");
        assertThat(only(d, "Israel").codes()).containsExactly(DatedCode.undated("ISR"));
        assertThat(d.diagnostics()).isEmpty();
    }

    @Test
    void aMarkupCommentLeftOpenHidesTheRestOfTheFileAndIsReported() {
        ActorDictionary d = read("IRAN_ [IRN]", "<!-- never closed", "IRAQ_ [IRQ]");
        assertThat(d.entries()).extracting(ActorEntry::name).containsExactly("Iran");
        assertThat(d.diagnostics())
                .containsExactly("test.actors.txt:2: '<!--' is not closed by '-->': the rest of the file is a comment");
    }

    @Test
    void aLowerCaseCodeIsReadInUpperCase() {
        ActorDictionary d = read("PALESTINIAN [pse]", "HOBBIT", "\t[hobgov 950601-990815]");
        assertThat(only(d, "Palestinian").codes()).containsExactly(DatedCode.undated("PSE"));
        assertThat(only(d, "Hobbit").codeOn(on(1996, 1, 1))).contains("HOBGOV");
        assertThat(d.diagnostics()).isEmpty();
    }

    @Test
    void aCompoundCodeIsItsFirstCodeWithTheOthersKept() {
        ActorDictionary d = read("THE_SHIRE  [FRO/BIL/SAM]", "LORIEN", "\t[ELR/GAL >950101]", "BROKEN [FRO/] [ELF]");
        DatedCode shire = only(d, "The Shire").codes().get(0);
        assertThat(shire.code()).isEqualTo("FRO");
        assertThat(shire.compound()).containsExactly("BIL", "SAM");
        assertThat(only(d, "The Shire").codeOn(Optional.empty())).contains("FRO");
        DatedCode lorien = only(d, "Lorien").codes().get(0);
        assertThat(lorien.code()).isEqualTo("ELR");
        assertThat(lorien.compound()).containsExactly("GAL");
        assertThat(lorien.from()).contains(LocalDate.of(1995, 1, 1));
        assertThat(only(d, "Broken").codes()).containsExactly(DatedCode.undated("ELF"));
        assertThat(d.diagnostics()).singleElement().asString().startsWith("test.actors.txt:4: code '' ");
    }

    @Test
    void thePlusPlaceholderCodeIsTheNullCode() {
        ActorDictionary d = read("NASGUL  [+++]  ", "ISILDUR  [+++]");
        assertThat(only(d, "Nasgul").codes()).containsExactly(DatedCode.undated(DatedCode.NULL_CODE));
        assertThat(only(d, "Nasgul").codeOn(on(1995, 1, 5))).isEmpty();
        assertThat(only(d, "Isildur").codes())
                .singleElement()
                .satisfies(c -> assertThat(c.isNull()).isTrue());
        assertThat(d.diagnostics()).isEmpty();
    }

    @Test
    void synonymsRunTogetherOnOneLineAreSplitButAPlusInsideANameIsKept() {
        ActorDictionary d = read("TAIWAN_  [TWN]", "+TAIOAN_ +TAWIAN_ ", "B+H_OCEAN_CARRIERS_\t[MNC]");
        assertThat(only(d, "Taiwan").phrases()).containsExactly("TAIWAN_", "TAIOAN_", "TAWIAN_");
        assertThat(only(d, "B+h Ocean Carriers").phrases()).containsExactly("B+H_OCEAN_CARRIERS_");
        assertThat(d.diagnostics()).singleElement().asString().startsWith("test.actors.txt:2: ");
    }

    @Test
    void anEntryWithoutAnyCodeIsKeptAndReported() {
        ActorDictionary d = read("JOHN_J MCCLOY_", "\tJOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]");
        assertThat(d.entries()).extracting(ActorEntry::name).containsExactly("John J Mccloy", "John Mccloy");
        assertThat(d.entries().get(0).codeOn(Optional.empty())).isEmpty();
        assertThat(d.entries().get(1).codeOn(Optional.empty())).contains("IGOUNODEVWBK");
        assertThat(d.diagnostics())
                .singleElement()
                .asString()
                .contains("test.actors.txt:1: ")
                .contains("no code");
    }

    @Test
    void namesAreMadeReadable() {
        ActorDictionary d = read("U.N._ [IGOUNO]", "SYRIA'S_GOVERNMENT [SYRGOV]", "MR._ASSAD [SYRGOV]");
        assertThat(d.entries()).extracting(ActorEntry::name).containsExactly("U.N.", "Syria's Government", "Mr. Assad");
    }

    @Test
    void dictionariesMergeInOrder() {
        ActorDictionary a = read("ONE_ [AAA]", "\t[BAD 1-2]");
        ActorDictionary b = read("TWO_ [BBB]");
        ActorDictionary merged = a.merge(b);
        assertThat(merged.entries()).extracting(ActorEntry::name).containsExactly("One", "Two");
        assertThat(merged.diagnostics()).hasSize(1);
        assertThat(ActorDictionary.empty().merge(b)).isEqualTo(b);
    }
}
