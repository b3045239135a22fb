package org.dyad.app;

import java.util.List;
import org.dyad.pipeline.DyadPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level {@code dyad} command: lists the subcommands. */
@Command(
        name = "dyad",
        mixinStandardHelpOptions = true,
        versionProvider = DyadCommand.Version.class,
        description = {
            "Turns news into political event data: who did what to whom, when, where, and according to whom.",
            "Events come out as dyad.event/1 JSON Lines (CAMEO and PLOVER codes, Goldstein scale, quad class)."
        },
        footerHeading = "%nExit status:%n",
        footer = {
            "  0  done (inputs that could not be read are named on standard error)",
            "  1  internal error (a bug: please report it)",
            "  2  wrong command line",
            "  3  nothing usable was given (every input missing, empty, binary or malformed)",
            "  4  the store could not be opened, read or written, or a query on it failed"
        })
public final class DyadCommand implements Runnable {
    /**
     * The subcommands, in the order the help lists them. They are added by {@link Main} rather
     * than named in the annotation, so that a run builds only the one it is asked for.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            CodeCommand.class,
            ExplainCommand.class,
            BenchCommand.class,
            ActorsCommand.class,
            EvalCommand.class,
            EvalPlacesCommand.class,
            IngestCommand.class,
            ImportCommand.class,
            EventsCommand.class,
            DyadsCommand.class,
            StoriesCommand.class,
            TimelineCommand.class,
            CompareCommand.class,
            NetworkCommand.class,
            BalanceCommand.class,
            ShiftsCommand.class,
            SqlCommand.class,
            ServeCommand.class,
            ExportCommand.class);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reports the version stamped into the jar by the build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dyad " + DyadPipeline.version()};
        }
    }
}
