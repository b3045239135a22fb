package org.dyad.app;

import java.nio.file.Path;
import java.util.Locale;
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

/** {@code dyad export}: every stored event to one file. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Writes every stored event to FILE: jsonl as the dyad.event/1 records, csv and parquet as "
                    + "the flattened columns with the record in a last column.",
            "gdelt writes the story events (one per real-world event, however many articles report it) in the "
                    + "61 tab-separated columns of GDELT 2.0's event table, so GDELT scripts read them; docs/store.md "
                    + "says which columns stay empty."
        })
public final class ExportCommand implements Callable<Integer> {
    /** The formats of an export. */
    enum Format {
        CSV,
        JSONL,
        PARQUET,
        GDELT;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv, jsonl, parquet or gdelt.")
    Format format;

    @Parameters(paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    Path file;

    @Override
    public Integer call() {
        try (EventStore db = store.openReadOnly()) {
            long n = new StoreQueries(db).export(format.toString(), file);
            spec.commandLine()
                    .getErr()
                    .printf(
                            "dyad: exported %d %s to %s%n",
                            n, format == Format.GDELT ? "story event(s)" : "event(s)", file);
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), ExitCode.STORE);
        }
        return ExitCode.OK;
    }
}
