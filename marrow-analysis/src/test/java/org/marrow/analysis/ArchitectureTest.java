package org.marrow.analysis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module's boundaries (docs/architecture.md): the analyses use the domain modules, and their figure, PDF and JSON libraries only; nothing here knows Spring, SQL, servlets
 * or HTTP.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.marrow.analysis");

    @Test
    void dependsOnlyOnTheModulesBelowIt() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "org.marrow.analysis..",
                        "org.marrow.clinical..",
                        "org.marrow.study..",
                        "org.marrow.protocol..",
                        "org.marrow.stats..",
                        "org.jfree..",
                        "com.openhtmltopdf..",
                        "org.apache.pdfbox..",
                        "com.fasterxml.jackson..",
                        "org.w3c..",
                        "org.xml..",
                        "javax.imageio..")
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
