package org.dyad.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.store.EventFilter;
import org.dyad.store.EventStore;
import org.dyad.store.QueryResult;
import org.dyad.store.StoreException;
import org.dyad.store.StoreQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad events}: stored events by actor, code and date. */
@Command(
        name = "events",
        mixinStandardHelpOptions = true,
        description = {
            "Lists stored events, in date order (the event's date, else its article's).",
            "jsonl prints the dyad.event/1 records as stored; table and csv the flattened columns. The default is "
                    + "a table on a terminal and jsonl otherwise."
        })
public final class EventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(
            names = "--source",
            paramLabel = "ACTOR",
            description = "Source actor: a code (SYRMIL), its start (SYR) or a country.")
    String source;

    @Option(names = "--target", paramLabel = "ACTOR", description = "Target actor, as for --source.")
    String target;

    @Option(
            names = "--code",
            paramLabel = "CAMEO",
            description = "CAMEO code or its start: 19 is every fight, 190 one kind.")
    String code;

    @Option(names = "--from", paramLabel = "DATE", description = "Events on or after this date (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Events on or before this date (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, jsonl or csv.")
    ResultOutput.Format format;

    @Option(names = "--limit", paramLabel = "N", description = "At most N events (default: ${DEFAULT-VALUE}).")
    int limit = 1000;

    @Override
    public Integer call() {
        UserError.atLeastOne("--limit", limit);
        if (from != null && to != null && to.isBefore(from)) {
            throw new UserError("--to " + to + " is before --from " + from, ExitCode.USAGE);
        }
        EventFilter filter = new EventFilter(
                Optional.ofNullable(source),
                Optional.ofNullable(target),
                Optional.ofNullable(code),
                Optional.ofNullable(from),
                Optional.ofNullable(to),
                limit);
        ResultOutput.Format chosen = ResultOutput.choose(format);
        PrintWriter out = spec.commandLine().getOut();
        try (EventStore db = store.openReadOnly()) {
            QueryResult events = new StoreQueries(db).events(filter);
            if (chosen == ResultOutput.Format.JSONL) {
                // The stored record itself, byte for byte what 'dyad code' wrote.
                events.rows().forEach(row -> out.println(row.get(row.size() - 1)));
                out.flush();
            } else {
                ResultOutput.print(withoutJson(events, chosen), chosen, out);
            }
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), ExitCode.STORE);
        }
        return ExitCode.OK;
    }

    /** The table shows a few columns that fit a terminal; CSV keeps every flattened column. */
    private static QueryResult withoutJson(QueryResult r, ResultOutput.Format format) {
        List<String> keep = format == ResultOutput.Format.TABLE
                ? List.of(
                        "published",
                        "when_start",
                        "source_code",
                        "cameo",
                        "target_code",
                        "quad_class",
                        "goldstein",
                        "status",
                        "where_name")
                : r.columns().subList(0, r.columns().size() - 1);
        List<Integer> at = keep.stream().map(c -> r.columns().indexOf(c)).toList();
        return new QueryResult(
                keep,
                r.rows().stream()
                        .map(row -> at.stream().map(row::get).collect(java.util.stream.Collectors.toList()))
                        .toList());
    }
}
