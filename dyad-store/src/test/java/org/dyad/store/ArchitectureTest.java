package org.dyad.store;

import org.dyad.architecture.HouseRules;
import org.dyad.architecture.Module;

/** The house rules on dyad-store's main classes. */
class ArchitectureTest extends HouseRules {
    ArchitectureTest() {
        super(Module.STORE);
    }
}
