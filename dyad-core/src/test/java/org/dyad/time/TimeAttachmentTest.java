package org.dyad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.time.TimeSentences.date;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Sentence;
import org.dyad.model.TimeMention;
import org.dyad.model.When;
import org.dyad.model.When.Basis;
import org.dyad.nlp.DependencyTree;
import org.dyad.rules.Rules;
import org.junit.jupiter.api.Test;

/** Which event of a sentence a time dates, and the news fixes that need the sentence around a time. */
class TimeAttachmentTest {
    private static final Optional<LocalDate> MONDAY_2019_05_13 = Optional.of(LocalDate.of(2019, 5, 13));
    private final TimeAttachment attachment = TimeAttachment.loadBundled(Rules.loadBundled());

    private static When day(String text, String date) {
        LocalDate d = LocalDate.parse(date);
        return new When(Optional.of(text), Optional.of(d), Optional.of(d), "day", Basis.RELATIVE);
    }

    @Test
    void eachTimeDatesTheEventItModifiesInTwoConjoinedClauses() {
        // SUTime reads both weekdays in the publication's week, after the Monday: the past tense takes the last ones
        Sentence s =
                TimeSentences.of("""
                1 Militias militia NNS O 2 nsubj
                2 attacked attack VBD O 0 root
                3 Hama Hama NNP LOCATION 2 obj
                4 on on IN O 5 case
                5 Thursday Thursday NNP DATE 2 obl
                6 and and CC O 8 cc
                7 Iran Iran NNP COUNTRY 8 nsubj
                8 condemned condemn VBD O 2 conj
                9 it it PRP O 8 obj
                10 on on IN O 11 case
                11 Saturday Saturday NNP DATE 8 obl
                12 . . . O 2 punct
                """, date(4, 5, "Thursday", "2019-05-16"), date(10, 11, "Saturday", "2019-05-18"));
        DependencyTree tree = new DependencyTree(s);

        assertThat(attachment.dated(tree, List.of(1), MONDAY_2019_05_13)).contains(day("Thursday", "2019-05-09"));
        assertThat(attachment.dated(tree, List.of(7), MONDAY_2019_05_13)).contains(day("Saturday", "2019-05-11"));
    }

    @Test
    void anAdverbialClauseWithItsOwnConjunctionDoesNotTakeTheMainClausesTime() {
        Sentence s = TimeSentences.of("""
                1 Militias militia NNS O 2 nsubj
                2 attacked attack VBD O 0 root
                3 Hama Hama NNP LOCATION 2 obj
                4 on on IN O 5 case
                5 Thursday Thursday NNP DATE 2 obl
                6 because because IN O 9 mark
                7 Iran Iran NNP COUNTRY 9 nsubj
                8 had have VBD O 9 aux
                9 warned warn VBN O 2 advcl
                10 Russia Russia NNP COUNTRY 9 obj
                11 . . . O 2 punct
                """, date(4, 5, "Thursday", "2019-05-16"));
        DependencyTree tree = new DependencyTree(s);

        assertThat(attachment.dated(tree, List.of(1), MONDAY_2019_05_13)).contains(day("Thursday", "2019-05-09"));
        assertThat(attachment.dated(tree, List.of(8), MONDAY_2019_05_13)).isEmpty();
    }

    @Test
    void monthsListedBeforeAWrittenYearTakeThatYear() {
        // SUTime gives "February" the document's year, 2019, published 2019-04-20
        Sentence s = TimeSentences.of("""
                1 Israel Israel NNP COUNTRY 2 nsubj
                2 struck strike VBD O 0 root
                3 Syria Syria NNP COUNTRY 2 obj
                4 in in IN O 5 case
                5 February February NNP DATE 2 obl
                6 and and CC O 7 cc
                7 March March NNP DATE 5 conj
                8 of of IN O 9 case
                9 2018 2018 CD DATE 7 nmod
                10 . . . O 2 punct
                """, date(4, 5, "February", "2019-02"), date(6, 9, "March of 2018", "2018-03"));
        Optional<When> when =
                attachment.dated(new DependencyTree(s), List.of(1), Optional.of(LocalDate.of(2019, 4, 20)));

        assertThat(when)
                .contains(new When(
                        Optional.of("February and March of 2018"),
                        Optional.of(LocalDate.of(2018, 2, 1)),
                        Optional.of(LocalDate.of(2018, 3, 31)),
                        "month",
                        Basis.EXPLICIT));
    }

    @Test
    void yearsOfIsAVagueDurationNotAFutureYear() {
        // SUTime reads "Following years" as 2020, the year after publication
        Sentence s = TimeSentences.of("""
                1 Following follow VBG O 2 amod
                2 years year NNS DATE 7 obl
                3 of of IN O 4 case
                4 collaboration collaboration NN O 2 nmod
                5 , , , O 7 punct
                6 they they PRP O 7 nsubj
                7 split split VBD O 0 root
                8 . . . O 7 punct
                """, date(0, 2, "Following years", "2020"));
        DependencyTree tree = new DependencyTree(s);

        List<DatedTime> read = SentenceTimes.loadBundled().read(tree, Optional.of(LocalDate.of(2019, 4, 20)));
        assertThat(read).hasSize(1);
        assertThat(read.get(0).when()).isEmpty();
        assertThat(new TimeFixes(TimeWords.loadBundled())
                        .apply(s)
                        .get(0)
                        .mention()
                        .type())
                .isEqualTo("DURATION");
        assertThat(attachment.dated(tree, List.of(6), Optional.of(LocalDate.of(2019, 4, 20))))
                .isEmpty();
    }

    @Test
    void aPurposeInfinitiveUnderAPastVerbDoesNotPushAMonthIntoNextYear() {
        Sentence s = TimeSentences.of("""
                1 They they PRP O 2 nsubj
                2 sent send VBD O 0 root
                3 envoys envoy NNS O 2 obj
                4 to to TO O 5 mark
                5 attend attend VB O 2 advcl
                6 talks talk NNS O 5 obj
                7 on on IN O 9 case
                8 May May NNP DATE 9 compound
                9 20 20 CD DATE 5 obl
                10 . . . O 2 punct
                """, date(7, 9, "May 20", "2024-05-20"));
        List<DatedTime> read =
                SentenceTimes.loadBundled().read(new DependencyTree(s), Optional.of(LocalDate.of(2024, 6, 2)));

        assertThat(read.get(0).when()).contains(day("May 20", "2024-05-20"));
    }

    @Test
    void aTimeWithoutADatedReadingLeavesTheEventOnTheArticleDate() {
        Sentence s = TimeSentences.of("""
                1 Militias militia NNS O 2 nsubj
                2 attacked attack VBD O 0 root
                3 Hama Hama NNP LOCATION 2 obj
                4 for for IN O 6 case
                5 three three CD O 6 nummod
                6 days day NNS DURATION 2 obl
                """, TimeMention.of(4, 6, "three days", "P3D", "DURATION"));

        assertThat(attachment.dated(new DependencyTree(s), List.of(1), MONDAY_2019_05_13))
                .isEmpty();
    }

    @Test
    void whichClausesLendTheirTimeIsARuleAUserFileCanChange() throws Exception {
        Sentence s = TimeSentences.of("""
                1 Militias militia NNS O 2 nsubj
                2 attacked attack VBD O 0 root
                3 Hama Hama NNP LOCATION 2 obj
                4 on on IN O 5 case
                5 Thursday Thursday NNP DATE 2 obl
                6 , , , O 2 punct
                7 killing kill VBG O 2 dep
                8 five five CD O 9 nummod
                9 civilians civilian NNS O 7 obj
                10 . . . O 2 punct
                """, date(4, 5, "Thursday", "2019-05-16"));
        DependencyTree tree = new DependencyTree(s);
        Path mine = Files.createTempFile("time", ".rules");
        Files.writeString(mine, """
                select time-embedding-clause first "only complements lend their time"
                  [rel:xcomp|ccomp] <
                """);
        try {
            TimeAttachment user = TimeAttachment.loadBundled(Rules.loadBundled().withUserFiles(List.of(mine)));

            assertThat(attachment.dated(tree, List.of(6), MONDAY_2019_05_13)).contains(day("Thursday", "2019-05-09"));
            assertThat(user.dated(tree, List.of(6), MONDAY_2019_05_13)).isEmpty();
        } finally {
            Files.delete(mine);
        }
    }
}
