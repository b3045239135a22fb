package org.dyad.spark;

import java.io.Serializable;

/**
 * What an executor's pipeline is built from: the part of the job's options that changes the
 * events. It travels to the executors inside the coding function, and keys the pipeline each
 * executor JVM keeps.
 */
public record PipelineConfig(boolean coreference) implements Serializable {

    /** The configuration {@code dyad code} uses when given no options. */
    public static PipelineConfig defaults() {
        return new PipelineConfig(true);
    }
}
