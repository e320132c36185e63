package org.marrow.clinical;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module's boundaries (docs/architecture.md): the AA vocabulary and rules use nothing but the JDK; nothing here knows Spring, SQL, servlets
 * or HTTP.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.marrow.clinical");

    @Test
    void dependsOnlyOnTheModulesBelowIt() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.marrow.clinical..")
                .check(MAIN);
    }

    @Test
    void knowsNoFrameworkDatabaseOrNetwork() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "java.sql..", "javax.sql..", "java.net.http..", "org.springframework..", "jakarta..")
                .check(MAIN);
    }
}
