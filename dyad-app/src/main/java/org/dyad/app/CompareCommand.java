package org.dyad.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.dyad.analysis.DateRange;
import org.dyad.analysis.Period;
import org.dyad.analysis.PeriodTally;
import org.dyad.analysis.SourceComparison;
import org.dyad.store.EventStore;
import org.dyad.store.QueryResult;
import org.dyad.store.SourceQueries;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad compare --with SOURCE}: where dyad's own events and an imported dataset agree, and where not. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Compares dyad's own events with an imported source (see 'dyad import') on the dyads both cover. A dyad "
                    + "here is an undirected pair of countries (ISO 3166 alpha-3 codes of the two actors' "
                    + "countries), since other datasets rarely share dyad's actor codes; events missing either "
                    + "country are left out.",
            "First, per dyad, the Pearson correlation of the two sources' series per period (counts of each quad "
                    + "class q1-q4, the total, the mean Goldstein weight) over the periods where either has events; "
                    + "'-' (null in JSON) where it is undefined because a series does not vary. Then the dyad-periods "
                    + "where they disagree most: each count is taken as a share of its source's events on the "
                    + "compared dyads, and the shares' difference ranks them, so that a bigger dataset does not "
                    + "always win.",
            "Tables on a terminal, JSON Lines when piped or with --format jsonl (one object per line, with "
                    + "\"kind\" dyad or disagreement)."
        })
public final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--with", required = true, paramLabel = "SOURCE", description = "An imported source's name.")
    String with;

    @Option(
            names = "--period",
            paramLabel = "PERIOD",
            description = "month or week (ISO weeks, from Monday). Default: ${DEFAULT-VALUE}.")
    String period = "month";

    @Option(
            names = "--min-events",
            paramLabel = "N",
            description =
                    "Compare a dyad only when each source has at least N events on it. Default: ${DEFAULT-VALUE}.")
    int minEvents = 3;

    @Option(names = "--top", paramLabel = "N", description = "Disagreements to list. Default: ${DEFAULT-VALUE}.")
    int top = 10;

    @Option(names = "--from", paramLabel = "DATE", description = "First day to count (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day to count (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv or jsonl.")
    ResultOutput.Format format;

    @Override
    public Integer call() {
        Period p = TimelineCommand.parsePeriod(period);
        if (p == Period.DAY) {
            throw new UserError("--period day: use month or week", ExitCode.USAGE);
        }
        UserError.atLeastOne("--min-events", minEvents);
        UserError.atLeastOne("--top", top);
        if (from != null && to != null && to.isBefore(from)) {
            throw new UserError("--to " + to + " is before --from " + from, ExitCode.USAGE);
        }
        DateRange range = new DateRange(Optional.ofNullable(from), Optional.ofNullable(to));
        SourceComparison.Result result;
        try (EventStore db = store.openReadOnly()) {
            SourceQueries queries = new SourceQueries(db);
            TimelineCommand.checkSource(queries, with, store);
            List<PeriodTally> own = queries.countryTallies(SourceQueries.OWN, p, range);
            List<PeriodTally> theirs = queries.countryTallies(with, p, range);
            result = new SourceComparison(minEvents, top).compare(own, theirs);
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), ExitCode.STORE);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (result.dyads().isEmpty()) {
            err.println("dyad: no country pair has at least " + minEvents + " events in both " + SourceQueries.OWN
                    + " and " + with);
        }
        ResultOutput.Format chosen = ResultOutput.choose(format);
        QueryResult dyads = dyads(result, chosen);
        QueryResult disagreements = disagreements(result, p, chosen);
        if (chosen == ResultOutput.Format.TABLE) {
            out.printf(
                    "%s vs %s by %s: %d dyads (country pairs) with at least %d events in each%n",
                    SourceQueries.OWN,
                    with,
                    p.name().toLowerCase(java.util.Locale.ROOT),
                    dyads.rows().size(),
                    minEvents);
            ResultOutput.print(dyads, chosen, out);
            out.printf(
                    "%nLargest disagreements (shares of %d %s and %d %s events on those dyads)%n",
                    result.totalA(), SourceQueries.OWN, result.totalB(), with);
            ResultOutput.print(disagreements, chosen, out);
        } else {
            ResultOutput.print(dyads, chosen, out);
            if (chosen == ResultOutput.Format.CSV) {
                out.println();
            }
            ResultOutput.print(disagreements, chosen, out);
        }
        return ExitCode.OK;
    }

    private QueryResult dyads(SourceComparison.Result result, ResultOutput.Format format) {
        List<String> columns =
                new ArrayList<>(List.of("kind", "with", "dyad", "periods", "events_dyad", "events_with"));
        SourceComparison.MEASURES.forEach(m -> columns.add("r_" + m));
        List<List<Object>> rows = new ArrayList<>();
        for (SourceComparison.DyadCorrelation c : result.dyads()) {
            List<Object> row =
                    new ArrayList<>(List.of("dyad", with, c.dyad().label(), c.periods(), c.eventsA(), c.eventsB()));
            c.r().forEach(r -> row.add(rounded(r, 3, format)));
            rows.add(row);
        }
        return trimmed(new QueryResult(columns, rows), format);
    }

    private QueryResult disagreements(SourceComparison.Result result, Period p, ResultOutput.Format format) {
        List<String> columns = List.of(
                "kind",
                "with",
                "dyad",
                "period",
                "events_dyad",
                "events_with",
                "share_dyad",
                "share_with",
                "difference");
        List<List<Object>> rows = new ArrayList<>();
        for (SourceComparison.Disagreement d : result.disagreements()) {
            rows.add(List.of(
                    "disagreement",
                    with,
                    d.dyad().label(),
                    p.label(d.start()),
                    d.countA(),
                    d.countB(),
                    round(d.shareA(), 4),
                    round(d.shareB(), 4),
                    round(d.difference(), 4)));
        }
        return trimmed(new QueryResult(columns, rows), format);
    }

    /** A table for people leaves out the two columns every row has the same. */
    private static QueryResult trimmed(QueryResult r, ResultOutput.Format format) {
        if (format != ResultOutput.Format.TABLE) {
            return r;
        }
        return new QueryResult(
                r.columns().subList(2, r.columns().size()),
                r.rows().stream().map(row -> row.subList(2, row.size())).toList());
    }

    /** r rounded, or where it is undefined '-' in a table and null (an empty cell) in JSON and CSV; never NaN. */
    private static Object rounded(OptionalDouble r, int places, ResultOutput.Format format) {
        if (r.isEmpty()) {
            return format == ResultOutput.Format.TABLE ? "-" : null;
        }
        return round(r.getAsDouble(), places);
    }

    private static double round(double v, int places) {
        double scale = Math.pow(10, places);
        return Math.round(v * scale) / scale;
    }
}
