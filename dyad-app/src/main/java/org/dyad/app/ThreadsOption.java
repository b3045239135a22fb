package org.dyad.app;

import org.dyad.pipeline.ArticleWorkers;
import picocli.CommandLine.Option;

/**
 * The {@code --threads} option of the commands that work on many articles ({@code code},
 * {@code bench}, and any other that runs {@link ArticleWorkers}): N workers sharing one pipeline.
 */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads sharing one NLP pipeline (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = ArticleWorkers.defaultThreads();

    /** The number of threads asked for; fewer than one is a usage error. */
    int checked() {
        if (threads < 1) {
            throw new UserError("--threads must be at least 1, not " + threads, ExitCode.USAGE);
        }
        return threads;
    }
}
