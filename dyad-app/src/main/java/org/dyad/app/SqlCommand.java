package org.dyad.app;

import java.util.concurrent.Callable;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import org.dyad.store.StoreQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad sql}: the user's own query on the store, which is opened read-only. */
@Command(
        name = "sql",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a SQL query (DuckDB's dialect) on the store, opened read-only: nothing can change it.",
            "Tables: articles, copies, events, store_info (see docs/store.md)."
        })
public final class SqlCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(
            paramLabel = "QUERY",
            description = "The query, e.g. \"SELECT cameo_root, count(*) FROM events GROUP BY 1\".")
    String query;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, jsonl or csv.")
    ResultOutput.Format format;

    @Override
    public Integer call() {
        try (EventStore db = store.openReadOnly()) {
            ResultOutput.print(
                    new StoreQueries(db).sql(query),
                    ResultOutput.choose(format),
                    spec.commandLine().getOut());
        } catch (StoreException e) {
            throw new UserError("query failed: " + e.getMessage(), ExitCode.STORE);
        }
        return ExitCode.OK;
    }
}
