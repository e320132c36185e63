package org.marrow.interop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module's boundaries (docs/architecture.md): the exports and imports use the domain modules below them, the
 * JDK's XML, HAPI FHIR's structures, Jackson and Commons CSV; nothing here knows Spring, SQL, servlets or HTTP,
 * and no data set folder (marrow-dataset is for the edges).
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.marrow.interop");

    @Test
    void dependsOnlyOnTheModulesBelowIt() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "javax.xml..",
                        "org.w3c.dom..",
                        "org.xml.sax..",
                        "org.marrow.interop..",
                        "org.marrow.clinical..",
                        "org.marrow.study..",
                        "org.marrow.protocol..",
                        "org.marrow.analysis..",
                        "org.hl7.fhir.r4.model..",
                        "org.hl7.fhir.instance.model.api..",
                        "ca.uhn.fhir.context..",
                        "ca.uhn.fhir.parser..",
                        "ca.uhn.fhir.model.api..",
                        "com.fasterxml.jackson..",
                        "org.apache.commons.csv..")
                .check(MAIN);
    }

    @Test
    void knowsNoFrameworkDatabaseNetworkOrDataSetFolder() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "java.sql..",
                        "javax.sql..",
                        "java.net.http..",
                        "org.springframework..",
                        "jakarta..",
                        "org.marrow.dataset..",
                        "org.marrow.app..",
                        "org.marrow.cli..")
                .check(MAIN);
    }
}
