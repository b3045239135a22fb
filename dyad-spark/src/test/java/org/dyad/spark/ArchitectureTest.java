package org.dyad.spark;

import org.dyad.architecture.HouseRules;
import org.dyad.architecture.Module;

/** The house rules on dyad-spark's main classes. */
class ArchitectureTest extends HouseRules {
    ArchitectureTest() {
        super(Module.SPARK);
    }
}
