package org.dyad.testkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.dedup.ArticleKey;
import org.dyad.dedup.MinHash;
import org.dyad.model.Article;
import org.dyad.store.StoredArticle;

/** Hand-made articles and dyad.event/1 records for store tests that need no NLP models. */
public final class StoreFixtures {
    private StoreFixtures() {}

    public static Article article(String id, String text, String url, String publisher) {
        return new Article(
                id,
                text,
                Optional.of(LocalDate.of(2019, 5, 13)),
                Optional.ofNullable(url),
                Optional.ofNullable(publisher),
                Optional.of("Title " + id),
                Optional.of("en"),
                "test:" + id);
    }

    /** A dyad.event/1 record as EventJsonWriter writes it, with the fields the store flattens. */
    public static String event(
            String eventId, String articleId, String source, String cameo, double goldstein, String whereName) {
        String where = whereName == null ? null : whereName + "|SYR|35.2|37.2";
        return event(eventId, articleId, source, "SYRREB", cameo, goldstein, "2019-05-12", false, where);
    }

    /**
     * A dyad.event/1 record between {@code source} and {@code target} on {@code date}; {@code where}
     * is "name|country|lat|lon" or null.
     */
    public static String event(
            String eventId,
            String articleId,
            String source,
            String target,
            String cameo,
            double goldstein,
            String date,
            boolean symmetric,
            String where) {
        String root = cameo.substring(0, 2);
        int quad = Integer.parseInt(root) <= 4
                ? 1
                : Integer.parseInt(root) <= 8 ? 2 : Integer.parseInt(root) <= 13 ? 3 : 4;
        String[] w = where == null ? null : where.split("\\|");
        String place = w == null
                ? "null"
                : "{\"text\":\"" + w[0] + "\",\"name\":\"" + w[0] + "\",\"country\":\"" + w[1]
                        + "\",\"admin1\":null,\"lat\":" + w[2] + ",\"lon\":" + w[3]
                        + ",\"feature\":\"ADM1\",\"gazetteer_id\":\"1\"}";
        return "{\"schema\":\"dyad.event/1\",\"event_id\":\"" + eventId + "\",\"article_id\":\"" + articleId + "\","
                + "\"sentence_index\":0,\"sentence\":\"Syria's army shelled rebels.\","
                + "\"trigger\":{\"text\":\"shelled\",\"start\":13,\"end\":20},"
                + "\"source\":{\"text\":\"Syria's army\",\"start\":0,\"end\":12,\"name\":\"Syria\",\"code\":\"" + source
                + "\",\"country\":\"" + source.substring(0, 3)
                + "\",\"agent\":\"MIL\",\"patron\":\"IRN\",\"kind\":\"group\"},"
                + "\"target\":{\"text\":\"rebels\",\"start\":21,\"end\":27,\"name\":\"rebels\",\"code\":\"" + target
                + "\",\"country\":\"" + target.substring(0, 3)
                + "\",\"agent\":\"REB\",\"patron\":null,\"kind\":\"group\"},"
                + "\"symmetric\":" + symmetric + ",\"cameo\":\"" + cameo + "\",\"cameo_root\":\"" + root
                + "\",\"quad_class\":" + quad
                + ",\"goldstein\":" + goldstein + ",\"plover\":{\"type\":\"ASSAULT\",\"mode\":null},"
                + "\"status\":\"asserted\",\"negated\":false,\"attribution\":[],"
                + "\"when\":{\"text\":null,\"start\":\"" + date + "\",\"end\":\"" + date + "\",\"granularity\":\"day\","
                + "\"basis\":\"article\"},\"where\":" + place + ",\"confidence\":0.8,\"rule\":\"verb shell\","
                + "\"entries\":[],\"provenance\":{\"dyad\":\"0.1.0-test\",\"nlp\":\"none\",\"dictionaries\":{}}}";
    }

    /** {@code article} as ingest would store it, with these events. */
    public static StoredArticle stored(Article article, List<String> events) {
        return new StoredArticle(
                ArticleKey.of(article),
                article,
                events,
                Optional.empty(),
                MinHash.encode(MinHash.signature(article.text())));
    }
}
