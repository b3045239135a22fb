package org.dyad.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.language.LanguageCodes;
import org.dyad.model.OneLine;
import org.dyad.nlp.NlpProfile;
import picocli.CommandLine.Option;

/**
 * The options that {@code code}, {@code explain} and {@code actors} share about the pipeline:
 * the user's own actor files, event patterns and rules (checked before any model loads, so that a typo
 * costs no wait) and whether to link pronouns and "the two sides" to the actors they stand for.
 */
final class PipelineOptions {
    @Option(
            names = "--dictionary",
            paramLabel = "FILE",
            description = {
                "An actor or agents dictionary of your own (dyad's simple format, or a Phoenix actors or "
                        + "agents file; see docs/dictionaries.md), read after the bundled ones: its entries win for their "
                        + "names. Repeatable; a later file wins over an earlier one."
            })
    List<Path> dictionaries = new ArrayList<>();

    @Option(
            names = "--patterns",
            paramLabel = "FILE",
            description = {
                "Verb and noun patterns of your own (format: docs/patterns.md): 'noun drone strike = 195', "
                        + "'verb shell = 194', 'verb agree * (to truce) = 0356'. Your verbs and nouns come before the "
                        + "bundled ones. Repeatable; a later file wins over an earlier one. ('actors' codes no events, "
                        + "so there it only checks the file.)"
            })
    List<Path> patterns = new ArrayList<>();

    @Option(
            names = "--rules",
            paramLabel = "FILE",
            description = {
                "Rules of your own (format: docs/rules.md): selectors over the dependency tree, such as who is "
                        + "the source and the target of a verb, and word classes; a selector or class of yours replaces "
                        + "the bundled one of the same name. Repeatable; a later file wins over an earlier one."
            })
    List<Path> rules = new ArrayList<>();

    @Option(
            names = "--no-coref",
            description = "Do not link pronouns and phrases like \"the two sides\" to the actors they stand for.")
    boolean noCoreference;

    @Option(
            names = "--language",
            paramLabel = "LANG",
            description = {
                "Read every article as this language (es, spa, Spanish, es-MX ...), whatever its 'language' field "
                        + "says or its text looks like. Default: the field, else detected from the text. dyad codes "
                        + "English, Spanish and Arabic, each language's models loaded when its first article comes; "
                        + "an article in another language is named on standard error and not coded."
            })
    String language;

    @Option(
            names = "--nlp",
            paramLabel = "PROFILE",
            description = {
                "lean (the default: two of the three NER models, time expressions read only around time "
                        + "words, basic dependencies alone, the same events) or full (CoreNLP's stock pipeline, slower; for comparison)."
            })
    NlpProfile nlp = NlpProfile.LEAN;

    /** Checks that every file given is an existing readable file; else a one-line user error. */
    void check() {
        if (language != null && LanguageCodes.normalize(language).isEmpty()) {
            throw new UserError(
                    "--language " + OneLine.of(language) + ": not a language dyad knows (e.g. en, es, ar)",
                    ExitCode.USAGE);
        }
        check("dictionary", dictionaries);
        check("patterns", patterns);
        check("rules", rules);
    }

    private static void check(String what, List<Path> files) {
        for (Path file : files) {
            Optional<String> why = problem(file);
            if (why.isPresent()) {
                throw new UserError(what + " " + file + ": " + why.get(), ExitCode.USAGE);
            }
        }
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
