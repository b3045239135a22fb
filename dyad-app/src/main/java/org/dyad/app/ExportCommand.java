package org.dyad.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.analysis.Period;
import org.dyad.store.EventStore;
import org.dyad.store.PanelSpec;
import org.dyad.store.PanelSummary;
import org.dyad.store.StoreException;
import org.dyad.store.StoreQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad export}: every stored event to one file, or a dyad-period panel of them. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Writes every stored event to FILE: jsonl as the dyad.event/1 records, csv and parquet as "
                    + "the flattened columns with the record in a last column.",
            "gdelt writes the story events (one per real-world event, however many articles report it) in the "
                    + "61 tab-separated columns of GDELT 2.0's event table, so GDELT scripts read them; docs/store.md "
                    + "says which columns stay empty.",
            "panel writes one row per directed dyad and period: events by quad class (q1-q4) and CAMEO root "
                    + "(root01-root20), their total, Goldstein sum and mean, and each side's ISO alpha-3, COW and "
                    + "Gleditsch-Ward codes; CSV or Parquet by FILE's extension (.csv, .parquet). docs/analysis.md "
                    + "(\"Panels\") describes every column."
        })
public final class ExportCommand implements Callable<Integer> {
    /** The formats of an export. */
    enum Format {
        CSV,
        JSONL,
        PARQUET,
        GDELT,
        PANEL;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What one side of a panel's dyad is. */
    enum Side {
        CODE,
        COUNTRY;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(
            names = "--format",
            required = true,
            paramLabel = "FORMAT",
            description = "csv, jsonl, parquet, gdelt or panel.")
    Format format;

    @Option(
            names = "--period",
            paramLabel = "PERIOD",
            description = "panel: day, week (ISO weeks, labelled 2024-W01) or month (2024-01). Default: week.")
    String period;

    @Option(
            names = "--by",
            paramLabel = "SIDE",
            description = "panel: a side is the actor code as stored (code: RUSGOV, RUSMIL apart) or its country "
                    + "(country: RUS; events with a side of no country are left out). Default: code.")
    Side side;

    @Option(
            names = "--balanced",
            description = "panel: every dyad in every period from the panel's first to its last, with zero counts "
                    + "and an empty mean where it had no event. Default: only dyad-periods with events.")
    boolean balanced;

    @Option(
            names = "--panel-file-format",
            paramLabel = "FORMAT",
            description = "panel: csv or parquet, whatever FILE's name ends with. Default: by FILE's extension.")
    PanelSpec.FileFormat panelFileFormat;

    @Parameters(paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    Path file;

    @Override
    public Integer call() {
        PanelSpec panel = format == Format.PANEL ? panelSpec() : null;
        if (panel == null && (period != null || side != null || balanced || panelFileFormat != null)) {
            throw new UserError(
                    "--period, --by, --balanced and --panel-file-format go with --format panel, not " + format,
                    ExitCode.USAGE);
        }
        try (EventStore db = store.openReadOnly()) {
            StoreQueries queries = new StoreQueries(db);
            String done = panel != null ? panelLine(queries.panel(panel, file), panel) : exported(queries);
            spec.commandLine().getErr().println("dyad: " + done);
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), ExitCode.STORE);
        }
        return ExitCode.OK;
    }

    private String exported(StoreQueries queries) throws StoreException {
        long n = queries.export(format.toString(), file);
        return String.format("exported %d %s to %s", n, format == Format.GDELT ? "story event(s)" : "event(s)", file);
    }

    private PanelSpec panelSpec() {
        Period p = TimelineCommand.parsePeriod(period == null ? "week" : period);
        PanelSpec.Unit unit = side == Side.COUNTRY ? PanelSpec.Unit.COUNTRY : PanelSpec.Unit.CODE;
        return new PanelSpec(p, unit, balanced, panelFileFormat != null ? panelFileFormat : byExtension(file));
    }

    /** The panel's file format from its name: .csv or .parquet (.pq), in any case. */
    static PanelSpec.FileFormat byExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return PanelSpec.FileFormat.CSV;
        }
        if (name.endsWith(".parquet") || name.endsWith(".pq")) {
            return PanelSpec.FileFormat.PARQUET;
        }
        throw new UserError(
                file + ": a panel file's name ends in .csv or .parquet; or give --panel-file-format csv|parquet",
                ExitCode.USAGE);
    }

    private String panelLine(PanelSummary s, PanelSpec panel) {
        String unit = panel.period().name().toLowerCase(Locale.ROOT);
        StringBuilder line = new StringBuilder(String.format(
                "exported a panel of %d dyad-%s(s) of %d dyad(s) from %d event(s) to %s; left out %d without a "
                        + "source and a target actor, %d without a date",
                s.rows(), unit, s.dyads(), s.events(), file, s.withoutActors(), s.withoutDate()));
        if (panel.unit() == PanelSpec.Unit.COUNTRY) {
            line.append(String.format(", %d with a side of no country", s.withoutCountry()));
        }
        return line.toString();
    }
}
