package org.dyad.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dyad.format.EventLine;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.QualifiedArticle;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.junit.jupiter.api.Test;

/**
 * Hostile but readable text through the real pipeline: a run-on "sentence" of 100,000
 * characters, a long article that CoreNLP takes in blocks, and arbitrary strings. The good
 * sentences around the bad ones are coded, no sentence is longer than the parser takes, and
 * every offset cuts the text at a character boundary outside any surrogate pair. How long they
 * take is measured by hand (docs/hostile-input.md), not here.
 */
class HostileCodingIT {
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 5, 13);

    @Test
    void theSentencesAroundARunOnOfAHundredThousandCharactersAreCoded() {
        String runOn = "officials from both sides met and talked and ".repeat(2300);
        String text = "Turkey condemned the Syrian government.\n" + runOn + "\nIran threatened Israel.";
        assertThat(runOn.length()).isGreaterThan(100_000);

        QualifiedArticle coded = code("runon", text);

        assertValid(coded);
        assertThat(coded.tagged().annotated().sentences())
                .allSatisfy(s -> assertThat(s.size()).isLessThanOrEqualTo(250));
        assertThat(coded.events())
                .anySatisfy(e -> assertEvent(e, "TUR", "11", "SYR"))
                .anySatisfy(e -> assertEvent(e, "IRN", "13", "ISR"));
    }

    @Test
    void aLongArticleIsCodedAcrossItsBlocksWithOffsetsIntoTheWholeText() {
        StringBuilder text = new StringBuilder();
        String[] paragraphs = {
            "Turkey condemned the Syrian government on Monday.",
            "Iran threatened Israel, officials said.",
            "The talks in Geneva went on for a third day without agreement between the delegations."
        };
        for (int i = 0; text.length() < 150_000; i++) {
            text.append(paragraphs[i % paragraphs.length]).append(i % 7 == 0 ? "\n\n" : i % 2 == 0 ? "\n" : " ");
        }

        QualifiedArticle coded = code("long", text.toString());

        assertValid(coded);
        List<Sentence> sentences = coded.tagged().annotated().sentences();
        for (int i = 1; i < sentences.size(); i++) {
            assertThat(sentences.get(i).span().start())
                    .isGreaterThanOrEqualTo(sentences.get(i - 1).span().end());
            assertThat(sentences.get(i).index()).isEqualTo(i);
        }
        assertThat(coded.events().stream().filter(e -> e.code().root().equals("13")))
                .hasSizeGreaterThan(100);
        Event last = coded.events().get(coded.events().size() - 1);
        assertThat(sentences.get(last.sentenceIndex()).span().start())
                .as("an event from the last block")
                .isGreaterThan(130_000);
    }

    @Property(tries = 40)
    void arbitraryTextGivesTokensAndSentencesAtValidOffsets(@ForAll("texts") String text) {
        List<Sentence> sentences = SharedPipeline.sentences(text, Optional.of(PUBLISHED));

        int previousEnd = 0;
        for (Sentence s : sentences) {
            assertCut(text, s.span().start(), s.span().end());
            assertThat(s.span().start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(s.text())
                    .isEqualTo(text.substring(s.span().start(), s.span().end()));
            for (Token t : s.tokens()) {
                assertCut(text, t.span().start(), t.span().end());
                assertThat(t.span().start()).isGreaterThanOrEqualTo(s.span().start());
                assertThat(t.span().end()).isLessThanOrEqualTo(s.span().end());
            }
            previousEnd = s.span().end();
        }
    }

    /** Strings of words, punctuation, line breaks, emoji and arbitrary characters. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(
                        "Iran",
                        "threatened",
                        "Israel",
                        ".",
                        ",",
                        " ",
                        "  ",
                        "\n",
                        "\n\n",
                        "\r\n",
                        "\t",
                        "\ud83d\ude00",
                        "\u05e9\u05dc\u05d5\u05dd",
                        "\u200b",
                        "\u00a0",
                        "--",
                        "...",
                        "\"",
                        "'",
                        "(",
                        ")",
                        "U.S.",
                        "1,000",
                        "2019-05-13",
                        "last week",
                        "x".repeat(60),
                        "\ud800",
                        "\udc00"),
                Arbitraries.strings().ofMaxLength(8));
        return piece.list().ofMaxSize(60).map(p -> String.join(" ", p));
    }

    private static QualifiedArticle code(String id, String text) {
        return SharedPipeline.code(Article.ofText(id, text, Optional.of(PUBLISHED), id + ".txt"));
    }

    private static void assertValid(QualifiedArticle coded) {
        EventContract contract =
                new EventContract(coded.article().id(), coded.article().text(), Optional.of(PUBLISHED));
        for (Event e : coded.events()) {
            assertThat(contract.problems(e)).as(EventLine.render(e)).isEmpty();
        }
    }

    /** {@code start} and {@code end} are a span of {@code text} that does not cut a surrogate pair. */
    private static void assertCut(String text, int start, int end) {
        assertThat(start).isBetween(0, end);
        assertThat(end).isLessThanOrEqualTo(text.length());
        for (int at : new int[] {start, end}) {
            boolean insidePair = at > 0
                    && at < text.length()
                    && Character.isHighSurrogate(text.charAt(at - 1))
                    && Character.isLowSurrogate(text.charAt(at));
            assertThat(insidePair)
                    .as("offset %d of %s cuts a surrogate pair", at, text)
                    .isFalse();
        }
    }

    private static void assertEvent(Event e, String source, String root, String target) {
        assertThat(e.source().flatMap(m -> m.actor().country()))
                .as("source of " + EventLine.render(e))
                .hasValue(source);
        assertThat(e.code().root()).as("root of " + EventLine.render(e)).isEqualTo(root);
        assertThat(e.target().flatMap(m -> m.actor().country()))
                .as("target of " + EventLine.render(e))
                .hasValue(target);
    }
}
