package org.dyad.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options that {@code code}, {@code explain} and {@code actors} share about the pipeline:
 * the user's own actor files (checked before any model loads, so that a typo costs no wait)
 * and whether to link pronouns and "the two sides" to the actors they stand for.
 */
final class PipelineOptions {
    @Option(names = "--dictionary", paramLabel = "FILE",
            description = {"An actor dictionary of your own (format: docs/dictionaries.md), read after the bundled "
                + "ones: its entries win for their names. Repeatable; a later file wins over an earlier one."})
    List<Path> files = new ArrayList<>();

    @Option(names = "--no-coref",
            description = "Do not link pronouns and phrases like \"the two sides\" to the actors they stand for.")
    boolean noCoreference;

    /** The files given, each an existing readable file; else a one-line user error. */
    List<Path> checked() {
        for (Path file : files) {
            Optional<String> why = problem(file);
            if (why.isPresent()) {
                throw new UserError("dictionary " + file + ": " + why.get(), ExitCode.USAGE);
            }
        }
        return List.copyOf(files);
    }

    private static Optional<String> problem(Path file) {
        if (!Files.exists(file)) {
            return Optional.of("no such file");
        }
        if (Files.isDirectory(file)) {
            return Optional.of("is a directory, not a file");
        }
        if (!Files.isReadable(file)) {
            return Optional.of("cannot be read (permission denied)");
        }
        return Optional.empty();
    }
}
