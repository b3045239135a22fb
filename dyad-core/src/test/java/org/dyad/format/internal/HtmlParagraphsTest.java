package org.dyad.format.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlParagraphsTest {

    @Test
    void blocksAndLineBreaksEndLinesButInlineTagsDoNot() {
        Element body = Jsoup.parse("<div>Hama, <b>Syria</b> &mdash; <a href='#'>clashes</a> erupted.<br>"
                        + "Second line.<h2>Heading</h2>Tail <span>text</span></div><ul><li>One</li><li>Two</li></ul>")
                .body();

        assertThat(HtmlParagraphs.text(body))
                .isEqualTo("Hama, Syria — clashes erupted.\nSecond line.\nHeading\nTail text\nOne\nTwo");
    }

    @Test
    void whitespaceInsideAParagraphCollapses() {
        Element body = Jsoup.parse("<p>  Iran \n\t and&nbsp;&nbsp;Russia\r\n clashed.  </p><p> </p>")
                .body();

        assertThat(HtmlParagraphs.of(body)).containsExactly("Iran and Russia clashed.");
    }

    @Test
    void paragraphsStyledInlineDoNotBreakTheLine() {
        Element body = Jsoup.parse("<div><p style='display: inline;'>Loose text </p><a>link</a>"
                        + "<p style='display:inline-block'>Own line</p></div>")
                .body();

        assertThat(HtmlParagraphs.of(body)).containsExactly("Loose text link", "Own line");
    }
}
