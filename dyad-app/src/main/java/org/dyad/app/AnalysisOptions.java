package org.dyad.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.analysis.DateRange;
import org.dyad.analysis.Dyad;
import org.dyad.analysis.DyadEvent;
import org.dyad.format.EventJsonReader;
import org.dyad.model.Diagnostic;
import org.dyad.model.Status;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What the analysis commands ({@code timeline}, {@code network}, {@code balance}, {@code shifts})
 * share: where the events come from (the store, or a {@code dyad.event/1} file given with
 * {@code --events}), the period, and whether actors are counted by country or by full code.
 */
final class AnalysisOptions {
    enum Level {
        COUNTRY,
        CODE
    }

    @Mixin
    StoreOption store;

    @Option(
            names = "--events",
            paramLabel = "FILE",
            description = "Read dyad.event/1 JSON Lines (as 'dyad code' writes them) instead of the store.")
    Path events;

    @Option(names = "--from", paramLabel = "DATE", description = "First day to count (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day to count (YYYY-MM-DD).")
    LocalDate to;

    @Option(
            names = "--by",
            paramLabel = "LEVEL",
            description = "Count actors by country (RUS for Russia's government, army and people alike; actors "
                    + "without a country by their code) or by full code (RUSGOV, RUSMIL). Default: ${DEFAULT-VALUE}.")
    Level level = Level.COUNTRY;

    @Option(
            names = "--all-statuses",
            description = "Count also the events the text does not say took place: intended, future, hypothetical "
                    + "(\"if Russia attacks\") or denied. By default only events stated, reported, alleged or in the "
                    + "background count, so that threats of war do not show as war.")
    boolean allStatuses;

    DateRange range() {
        return new DateRange(Optional.ofNullable(from), Optional.ofNullable(to));
    }

    /** The events in the period, each actor named at the level asked for; problems go to {@code err}, one line each. */
    List<DyadEvent> load(PrintWriter err) {
        return load(err, null);
    }

    /** As {@link #load(PrintWriter)}, only the events of {@code dyad} (all when it is null). */
    List<DyadEvent> load(PrintWriter err, Dyad dyad) {
        DateRange range = range();
        if (events == null) {
            return StoreEvents.analysis(store, level == Level.COUNTRY, allStatuses, dyad).stream()
                    .filter(e -> range.contains(e.date()))
                    .toList();
        }
        List<DyadEvent> out = new ArrayList<>();
        for (JsonNode line : fromFile(events, err)) {
            if (!allStatuses
                    && !Status.tookPlace(
                            line.path("status").asText(""), line.path("negated").asBoolean(false))) {
                continue;
            }
            DyadEvent.fromJson(line, level == Level.COUNTRY)
                    .filter(e -> range.contains(e.date()) && (dyad == null || dyad.contains(e)))
                    .ifPresent(out::add);
        }
        return out;
    }

    private static List<JsonNode> fromFile(Path file, PrintWriter err) {
        if (!Files.isRegularFile(file)) {
            throw new UserError("--events " + file + ": no such file", ExitCode.NO_INPUT);
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            EventJsonReader.Lines read = new EventJsonReader().read(file.toString(), in);
            for (Diagnostic d : read.diagnostics()) {
                err.println("dyad: " + d.where() + ": " + d.message() + " (line skipped)");
            }
            return read.events();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UserError("--events " + file + ": cannot be read (" + e.getMessage() + ")", ExitCode.NO_INPUT);
        }
    }
}
