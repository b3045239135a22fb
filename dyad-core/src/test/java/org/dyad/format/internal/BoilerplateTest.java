package org.dyad.format.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BoilerplateTest {

    @Test
    void removesCommentShareAndReplyBlocksByTheirNames() {
        Element body = Jsoup.parse("<p>Story.</p><div id='comments'>c1</div><div class='shareBar'>s</div>"
                        + "<div class='post-reply'>r</div><div class='share_links'>l</div><section id='respond'>x</section>"
                        + "<div class='responsive commentary'>Analysis.</div><div class='shared-content'>Kept.</div>")
                .body();

        Boilerplate.strip(body);

        assertThat(HtmlParagraphs.of(body)).containsExactly("Story.", "Analysis.", "Kept.");
    }

    @Test
    void removesScriptsNavigationAndForms() {
        Element body = Jsoup.parse("<nav>Menu</nav><header>Site</header><p>Story told at length here.</p>"
                        + "<script>x()</script><style>p{}</style><aside>Most read</aside><form>Name <input></form>"
                        + "<footer>(c)</footer>")
                .body();

        Boilerplate.strip(body);

        assertThat(HtmlParagraphs.text(body)).isEqualTo("Story told at length here.");
    }

    @Test
    void keepsAFormOrNamedBlockThatHoldsMostOfThePage() {
        Element body = Jsoup.parse("<body class='single comments-open'><form id='aspnetForm'>"
                        + "<p>The whole story sits inside one form on this site.</p><div class='comment'>Nice.</div>"
                        + "</form></body>")
                .body();

        Boilerplate.strip(body);

        assertThat(HtmlParagraphs.text(body)).isEqualTo("The whole story sits inside one form on this site.");
    }
}
