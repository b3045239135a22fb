package org.dyad.app;

import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that code many articles. */
final class WorkerOptions {
    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads sharing one NLP pipeline (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    void check() {
        if (threads < 1) {
            throw new UserError("--threads must be at least 1, not " + threads, ExitCode.USAGE);
        }
    }
}
