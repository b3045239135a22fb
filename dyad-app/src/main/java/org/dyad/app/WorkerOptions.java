package org.dyad.app;

import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that code many articles. */
final class WorkerOptions {
    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Worker threads sharing one NLP pipeline (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = org.dyad.pipeline.ArticleWorkers.defaultThreads();

    void check() {
        checked();
    }

    /** The number of threads asked for; fewer than one is a usage error. */
    int checked() {
        return UserError.atLeastOne("--threads", threads);
    }
}
