package org.dyad.app;

import org.dyad.architecture.HouseRules;
import org.dyad.architecture.Module;

/** The house rules on dyad-app's main classes. */
class ArchitectureTest extends HouseRules {
    ArchitectureTest() {
        super(Module.APP);
    }
}
