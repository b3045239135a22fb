package org.dyad.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.format.internal.ArticleIds;
import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void choosesTheFormatByExtension() {
        assertThat(Format.byExtension("news/story.TXT")).contains(Format.TEXT);
        assertThat(Format.byExtension("story.text")).contains(Format.TEXT);
        assertThat(Format.byExtension("page.htm")).contains(Format.HTML);
        assertThat(Format.byExtension("page.xhtml")).contains(Format.HTML);
        assertThat(Format.byExtension("feed.ndjson")).contains(Format.JSONL);
        assertThat(Format.byExtension("feed.json")).contains(Format.JSONL);
        assertThat(Format.byExtension("archive.warc")).isEmpty();
        assertThat(Format.byExtension("-")).isEmpty();
        assertThat(Format.byExtension("dir.d/README")).isEmpty();
    }

    @Test
    void sniffsTheFormatFromTheStart() {
        assertThat(Format.sniff("\n  {\"text\": \"x\"}")).isEqualTo(Format.JSONL);
        assertThat(Format.sniff("\uFEFF{\"text\": \"x\"}")).isEqualTo(Format.JSONL);
        assertThat(Format.sniff("<!DOCTYPE html><title>t</title>")).isEqualTo(Format.HTML);
        assertThat(Format.sniff("Some words. <P class=x>para</P>")).isEqualTo(Format.HTML);
        assertThat(Format.sniff("<BODY>")).isEqualTo(Format.HTML);
        assertThat(Format.sniff("Prices rose <pre-tax> by 3%")).isEqualTo(Format.TEXT);
        assertThat(Format.sniff("Plain news text.")).isEqualTo(Format.TEXT);
    }

    @Test
    void anArticleIdIsTheStartOfTheSha256OfTheText() {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assertThat(ArticleIds.ofText("abc")).isEqualTo("a-ba7816bf8f01cfea");
    }
}
