package org.dyad.spark;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.dyad.format.ArticleReader;
import org.dyad.format.Format;
import org.dyad.format.ReadResult;
import org.dyad.pipeline.ParallelCoder;

/**
 * The job's coding function: article JSON lines in, one {@link CodedArticleTable} row out for
 * each, coded by the executor's one pipeline. Each line goes through dyad's own JSON Lines
 * reader and each article through the same per-article guard as {@code dyad code}, so ids,
 * defaults and failures are the command line's. Rows are made as Spark asks for them, so a
 * partition's events are never all in memory at once.
 */
public final class ArticleCoder implements MapPartitionsFunction<String, Row> {
    private static final long serialVersionUID = 1L;

    private final PipelineConfig config;
    /** ISO date for articles without one, or null: {@code Optional} is not serialisable. */
    private final String defaultPublished;

    public ArticleCoder(PipelineConfig config, Optional<LocalDate> defaultPublished) {
        this.config = config;
        this.defaultPublished = defaultPublished.map(LocalDate::toString).orElse(null);
    }

    @Override
    public Iterator<Row> call(Iterator<String> lines) {
        ArticleReader reader =
                new ArticleReader(Optional.ofNullable(defaultPublished).map(LocalDate::parse));
        ParallelCoder coder = new ParallelCoder(ExecutorPipeline.get(config), 1);
        TaskContext task = TaskContext.get();
        String partition = "partition " + (task == null ? 0 : task.partitionId());
        return new Iterator<>() {
            private long record;

            @Override
            public boolean hasNext() {
                return lines.hasNext();
            }

            @Override
            public Row next() {
                String origin = partition + " record " + ++record;
                // Spark's text source keeps a file's byte-order mark on its first line; dyad's reader skips it.
                String line = lines.next();
                ReadResult read = reader.read(
                        origin, new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), Format.JSONL);
                if (read.articles().isEmpty()) {
                    return CodedArticleTable.unreadable(origin, read.diagnostics());
                }
                // One line holds one article; reading it may still have noted a bad optional field.
                return CodedArticleTable.row(coder.codeOne(read.articles().get(0)), read.diagnostics());
            }
        };
    }
}
