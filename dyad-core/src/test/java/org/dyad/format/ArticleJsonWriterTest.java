package org.dyad.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;

class ArticleJsonWriterTest {

    private static final Article FULL = new Article(
            "a1",
            "Line one.\nLíne \"two\".",
            Optional.of(LocalDate.of(2019, 5, 13)),
            Optional.of("https://example.org/a1"),
            Optional.of("Iran Focus"),
            Optional.of("A title"),
            Optional.of("en"),
            "in.jsonl:1");

    @Test
    void writesTheArticleRecordWithNullsForWhatIsUnknown() throws Exception {
        Article bare = Article.ofText("a2", "Just text.", Optional.empty(), "in.txt");

        JsonNode full = new ObjectMapper().readTree(ArticleJsonWriter.toJson(FULL));
        JsonNode sparse = new ObjectMapper().readTree(ArticleJsonWriter.toJson(bare));

        List<String> names = new ArrayList<>();
        full.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("schema", "id", "text", "published", "url", "publisher", "title", "language");
        assertThat(full.get("schema").asText()).isEqualTo("dyad.article/1");
        assertThat(full.get("text").asText()).isEqualTo("Line one.\nLíne \"two\".");
        assertThat(full.get("published").asText()).isEqualTo("2019-05-13");
        assertThat(sparse.get("published").isNull()).isTrue();
        assertThat(sparse.get("url").isNull()).isTrue();
        assertThat(sparse.get("title").isNull()).isTrue();
    }

    @Test
    void theArticleReaderReadsItsOutputBackUnchanged() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ArticleJsonWriter writer = ArticleJsonWriter.utf8(bytes);
        writer.write(FULL);
        writer.flush();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("}\n").hasLineCount(1);

        ReadResult read = new ArticleReader().read("articles.jsonl", new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.articles())
                .containsExactly(new Article(
                        FULL.id(),
                        FULL.text(),
                        FULL.published(),
                        FULL.url(),
                        FULL.publisher(),
                        FULL.title(),
                        FULL.language(),
                        "articles.jsonl:1"));
    }
}
