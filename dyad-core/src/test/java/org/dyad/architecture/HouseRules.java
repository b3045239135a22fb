package org.dyad.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The house rules of {@code docs/architecture.md} as tests over the main classes of one module:
 * CoreNLP stays behind its adapter, packages never import each other both ways (directly or round
 * a longer cycle), and a module imports no module it must not depend on. Each module's
 * {@code ArchitectureTest} extends it, naming its module.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HouseRules {
    /** The only package that may import CoreNLP. */
    static final String ADAPTER = "org.dyad.nlp.corenlp..";

    private final Module module;
    private final JavaClasses classes;

    protected HouseRules(Module module) {
        this.module = module;
        // Surefire runs each module's tests in the module's folder: its main classes are here.
        Path main = Path.of("target", "classes");
        if (!Files.isDirectory(main)) {
            throw new IllegalStateException("no main classes at " + main.toAbsolutePath() + ": build the module first");
        }
        this.classes = new ClassFileImporter().importPath(main);
    }

    @Test
    void coreNlpStaysBehindItsAdapter() {
        coreNlpBehindAdapter().check(classes);
    }

    @Test
    void packagesFormNoCycle() {
        noPackageCycles().check(classes);
    }

    @Test
    void moduleImportsOnlyTheModulesItDependsOn() {
        module.dependencyRule().check(classes);
    }

    @Test
    void moduleClassesLiveInItsOwnPackages() {
        module.packageRule().check(classes);
    }

    /** Outside {@code nlp.corenlp} no class imports {@code edu.stanford}. */
    static ArchRule coreNlpBehindAdapter() {
        return noClasses()
                .that()
                .resideOutsideOfPackage(ADAPTER)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("edu.stanford..")
                .because("house rule: CoreNLP stays behind one adapter, org.dyad.nlp.corenlp; the rest of"
                        + " dyad speaks dyad's own types and tags");
    }

    /** No cycle between dyad's packages, a package and its {@code internal} sub-package counting as one. */
    static ArchRule noPackageCycles() {
        return slices().assignedFrom(PACKAGES)
                .should()
                .beFreeOfCycles()
                .because("house rule: packages depend on each other one way only (docs/architecture.md);"
                        + " a package and its internal helpers count as one");
    }

    /** Each of dyad's packages with its {@code internal} sub-packages folded into it. */
    static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            if (!p.startsWith("org.dyad")) {
                return SliceIdentifier.ignore();
            }
            int internal = p.indexOf(".internal");
            return SliceIdentifier.of(internal < 0 ? p : p.substring(0, internal));
        }

        @Override
        public String getDescription() {
            return "dyad's packages, each with its internal sub-packages";
        }
    };
}
