package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * Checks the job jar that {@code package} built: what spark-submit needs is in it, and what the
 * cluster brings (Spark, its Jackson and protobuf) or {@code --jars} brings (the models) is not.
 */
class JobJarIT {
    private static final Path JAR = Path.of("target", "dyad-spark.jar");

    @Test
    void theJarCarriesDyadAndCoreNlpButNotSparkNorTheModels() throws IOException {
        assertThat(JAR).exists();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> names = jar.stream().map(ZipEntry::getName).toList();

            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo(DyadSparkJob.class.getName());
            assertThat(names)
                    .contains(
                            "org/dyad/spark/ExecutorPipeline.class",
                            "org/dyad/pipeline/DyadPipeline.class",
                            "edu/stanford/nlp/pipeline/StanfordCoreNLP.class",
                            "org/netpreserve/jwarc/WarcReader.class",
                            "org/dyad/shaded/jackson/databind/ObjectMapper.class",
                            "org/dyad/shaded/protobuf/Message.class");
            assertThat(names)
                    .noneMatch(n -> n.startsWith("org/apache/spark/")
                            || n.startsWith("scala/")
                            || n.startsWith("com/fasterxml/jackson/")
                            || n.startsWith("com/google/protobuf/")
                            || n.startsWith("edu/stanford/nlp/models/"));
        }
        // About 140 MB: dyad, CoreNLP's code and Lingua with its language models (80 MB); CoreNLP's
        // English models alone would add 500 MB.
        assertThat(Files.size(JAR)).as("no models jar inside").isLessThan(200L * 1024 * 1024);
    }
}
