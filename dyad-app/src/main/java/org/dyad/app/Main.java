package org.dyad.app;

import picocli.CommandLine;

/** The entry point of the {@code dyad} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and answers its exit code; user errors print one line, bugs a stack trace. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new DyadCommand());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof UserError u) {
                cmd.getErr().println("dyad: " + u.getMessage());
                return u.exitCode();
            }
            cmd.getErr().println("dyad: internal error, please report it: " + e);
            e.printStackTrace(cmd.getErr());
            return ExitCode.INTERNAL;
        });
        cli.setParameterExceptionHandler((e, parsed) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("dyad: " + e.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.USAGE;
        });
        return cli.execute(args);
    }
}
