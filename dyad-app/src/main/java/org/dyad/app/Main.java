package org.dyad.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.dyad.model.OneLine;
import picocli.CommandLine;

/** The entry point of the {@code dyad} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line on standard output and error and answers its exit code. */
    public static int run(String... args) {
        // Always UTF-8: article text is any script, and JSON Lines must be UTF-8 whatever the locale.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(out, err, args);
    }

    /**
     * Runs the command line writing to {@code out} and {@code err} and answers its exit code;
     * user errors print one line (what they quote of the user's text escaped), bugs a stack trace.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        CommandLine cli = commandLine(args.length > 0 ? args[0] : null);
        cli.setOut(out);
        cli.setErr(err);
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The command line {@link #run} executes: its converters, enum values in any case, and error handlers. */
    static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The command line with only the subcommand named {@code first} when there is one by that
     * name, else with all: building a subcommand's model takes picocli some milliseconds, and a
     * query on a store lasts well under a second.
     */
    static CommandLine commandLine(String first) {
        CommandLine cli = new CommandLine(new DyadCommand());
        boolean known = DyadCommand.SUBCOMMANDS.stream().anyMatch(c -> name(c).equals(first));
        for (Class<?> command : DyadCommand.SUBCOMMANDS) {
            if (!known || name(command).equals(first)) {
                cli.addSubcommand(command);
            }
        }
        cli.registerConverter(java.time.LocalDate.class, Main::date);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof UserError u) {
                cmd.getErr().println("dyad: " + OneLine.of(String.valueOf(u.getMessage())));
                return u.exitCode();
            }
            cmd.getErr().println("dyad: internal error, please report it: " + OneLine.of(String.valueOf(e)));
            e.printStackTrace(cmd.getErr());
            return ExitCode.INTERNAL;
        });
        cli.setParameterExceptionHandler((e, parsed) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("dyad: " + OneLine.of(String.valueOf(e.getMessage())));
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.USAGE;
        });
        return cli;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(CommandLine.Command.class).name();
    }

    private static java.time.LocalDate date(String value) {
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date like 2019-05-13");
        }
    }
}
