package org.dyad.architecture;

/** The house rules on dyad-core's main classes. */
class ArchitectureTest extends HouseRules {
    ArchitectureTest() {
        super(Module.CORE);
    }
}
