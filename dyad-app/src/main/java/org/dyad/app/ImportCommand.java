package org.dyad.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.imports.EventImport;
import org.dyad.imports.ImportFormat;
import org.dyad.imports.ImportSummary;
import org.dyad.store.EventStore;
import org.dyad.store.ImportedEvents;
import org.dyad.store.SourceQueries;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad import}: other datasets' events into the store, to set beside dyad's own. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Loads ICEWS, GDELT (1.0 or 2.0), Phoenix or POLECAT event files, as those datasets publish them, into "
                    + "the store's imported_events table under a source name, so that 'dyad timeline --source' and "
                    + "'dyad compare --with' can set them beside dyad's own events. Files may be gzipped or zipped.",
            "A malformed line is named on standard error and skipped. Importing a file again adds nothing (rows are "
                    + "keyed by source and the dataset's event id and date, else file and line). docs/import.md "
                    + "says which column goes where."
        })
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(
            names = "--format",
            required = true,
            paramLabel = "FORMAT",
            description = "icews, gdelt, phoenix or polecat.")
    String format;

    @Option(
            names = "--source",
            paramLabel = "NAME",
            description = "The name to import under (letters, digits, '.', '_', '-'; default: the format's name). "
                    + "'" + SourceQueries.OWN + "' names dyad's own events and cannot be used.")
    String source;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The dataset's files.")
    List<Path> files;

    @Override
    public Integer call() {
        ImportFormat chosen = parseFormat(format);
        String name = source != null ? source : chosen.label();
        if (!name.matches("[A-Za-z0-9._-]+") || name.equalsIgnoreCase(SourceQueries.OWN)) {
            throw new UserError(
                    "--source " + name + ": use letters, digits, '.', '_' and '-', and not '" + SourceQueries.OWN + "'",
                    ExitCode.USAGE);
        }
        PrintWriter err = spec.commandLine().getErr();
        ImportSummary summary;
        try (EventStore db = store.openForWriting()) {
            summary = new EventImport(chosen, name, new ImportedEvents(db), err).run(files);
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), ExitCode.STORE);
        }
        err.println(summary.line() + " (source " + name + ", " + store.file() + ")");
        err.flush();
        return summary.usable() ? ExitCode.OK : ExitCode.NO_INPUT;
    }

    static ImportFormat parseFormat(String name) {
        try {
            return ImportFormat.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("--format " + name + ": use icews, gdelt, phoenix or polecat", ExitCode.USAGE);
        }
    }
}
