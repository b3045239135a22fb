package org.dyad.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * dyad's Maven modules, the packages each one owns and the modules each may depend on, as the
 * module table of {@code docs/architecture.md} gives them. dyad-core owns every other package of
 * {@code org.dyad}.
 */
public enum Module {
    CORE(List.of()),
    STORE(List.of("org.dyad.store", "org.dyad.ingest", "org.dyad.dedup", "org.dyad.imports")),
    APP(List.of("org.dyad.app", "org.dyad.serve")),
    SPARK(List.of("org.dyad.spark"));

    private final List<String> packages;

    Module(List<String> packages) {
        this.packages = packages;
    }

    /** The modules this one may import besides itself. */
    Set<Module> dependsOn() {
        return switch (this) {
            case CORE -> EnumSet.noneOf(Module.class);
            case STORE, SPARK -> EnumSet.of(CORE);
            case APP -> EnumSet.of(CORE, STORE);
        };
    }

    /** No class of this module imports a module it does not depend on. */
    ArchRule dependencyRule() {
        List<String> forbidden = new ArrayList<>();
        for (Module other : values()) {
            if (other != this && !dependsOn().contains(other)) {
                other.packages.forEach(p -> forbidden.add(p + ".."));
            }
        }
        return noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(forbidden.toArray(String[]::new))
                .because("house rule: dyad-" + name().toLowerCase() + " depends only on " + dependsOn()
                        + " (the module table of docs/architecture.md)");
    }

    /** Every class of this module is in one of its packages, so that the dependency rule sees them all. */
    ArchRule packageRule() {
        if (this == CORE) {
            List<String> others = new ArrayList<>();
            for (Module other : values()) {
                other.packages.forEach(p -> others.add(p + ".."));
            }
            return classes()
                    .should()
                    .resideOutsideOfPackages(others.toArray(String[]::new))
                    .because("house rule: a package belongs to one module");
        }
        return classes()
                .should()
                .resideInAnyPackage(packages.stream().map(p -> p + "..").toArray(String[]::new))
                .because("house rule: dyad-" + name().toLowerCase() + " owns the packages " + packages
                        + "; a new one goes into Module.java and docs/architecture.md");
    }
}
