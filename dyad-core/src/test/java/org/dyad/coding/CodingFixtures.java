package org.dyad.coding;

import org.dyad.nlp.Annotator;
import org.dyad.pipeline.DyadPipeline;

/** Public access to the coding fixture for tests in other packages. */
public final class CodingFixtures {
    private CodingFixtures() {}

    /** A pipeline over the given (fake) annotator with the test dictionaries. */
    public static DyadPipeline pipeline(Annotator annotator) {
        CodingFixture f = new CodingFixture();
        return new DyadPipeline(annotator, f.actors, f.coder, f.qualifier);
    }
}
