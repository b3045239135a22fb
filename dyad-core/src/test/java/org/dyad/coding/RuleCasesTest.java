package org.dyad.coding;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dyad.coding.RuleCase.PatternFile;
import org.dyad.model.ActorTaggedArticle;
import org.dyad.model.Sentence;
import org.dyad.stage.StageContext;
import org.dyad.testkit.Sentences;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test that runs the rule cases: every {@code *.cases} file in {@code rule-cases/} of the
 * test resources, one dynamic test per case, named after the case and pointing at its file and
 * line. Each case is coded as one article by the coding fixture (with the user's pattern files
 * the case gives), and all its checks run, so that one failure does not hide another.
 */
class RuleCasesTest {
    private static final String DIR = "rule-cases";

    /** The fixture for cases without pattern files; it holds no state between codings. */
    private static final CodingFixture BUNDLED = new CodingFixture();

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicContainer> ruleCases() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getClassLoader().getResource(DIR).toURI());
        List<Path> files;
        try (Stream<Path> listed = Files.list(root)) {
            files = listed.filter(p -> p.toString().endsWith(".cases")).sorted().toList();
        }
        assertThat(files).as("case files in " + root).isNotEmpty();
        List<DynamicContainer> out = new ArrayList<>();
        for (Path file : files) {
            List<RuleCase> cases = RuleCaseReader.read(file.getFileName().toString(), Files.readAllLines(file, UTF_8));
            out.add(dynamicContainer(
                    file.getFileName().toString(), file.toUri(), cases.stream().map(c -> test(file, c))));
        }
        return out.stream();
    }

    private DynamicTest test(Path file, RuleCase c) {
        URI at = URI.create(file.toUri() + "?line=" + c.line());
        return dynamicTest(c.name(), at, () -> verify(c, code(c)));
    }

    /** Runs every check of the case and fails with all their failures, each naming its line. */
    private static void verify(RuleCase c, CaseResult result) {
        List<String> failures = new ArrayList<>();
        for (RuleCase.Check check : c.checks()) {
            try {
                check.verify(result);
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
    }

    private CaseResult code(RuleCase c) throws IOException {
        List<Sentence> sentences = sentences(c);
        Map<String, Path> files = write(c);
        CodingFixture fixture =
                files.isEmpty() ? BUNDLED : new CodingFixture(filesOf(c, files, false), filesOf(c, files, true));
        ActorTaggedArticle tagged = fixture.tag(sentences);
        var context = new StageContext("test");
        var events = fixture.qualifier
                .apply(fixture.coder.apply(tagged, context), context)
                .events();
        List<Decision> decisions = sentences.stream()
                .flatMap(s -> fixture.coder.codeSentence(tagged, s).decisions().stream())
                .toList();
        return new CaseResult(tagged, events, decisions, files);
    }

    /** The case's sentences, each built one space after the one before. */
    private static List<Sentence> sentences(RuleCase c) {
        List<Sentence> out = new ArrayList<>();
        int offset = 0;
        for (String conll : c.sentences()) {
            try {
                Sentence s = Sentences.of(out.size(), offset, conll);
                out.add(s);
                offset = s.span().end() + 1;
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        c.where() + ": sentence " + (out.size() + 1) + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** The case's written pattern files ({@code rules} false) or rule files ({@code rules} true), in order. */
    private static List<Path> filesOf(RuleCase c, Map<String, Path> written, boolean rules) {
        return c.patterns().stream()
                .filter(p -> p.rules() == rules)
                .map(p -> written.get(p.name()))
                .toList();
    }

    /** Writes the case's pattern and rule files into a folder of its own, by name. */
    private Map<String, Path> write(RuleCase c) {
        Map<String, Path> out = new LinkedHashMap<>();
        Path folder = dir.resolve(c.file() + "-" + c.line());
        try {
            for (PatternFile p : c.patterns()) {
                Files.createDirectories(folder);
                out.put(p.name(), Files.write(folder.resolve(p.name()), p.lines(), UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
