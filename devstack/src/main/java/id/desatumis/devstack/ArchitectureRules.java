package id.desatumis.devstack;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layer rule of STYLE.md, checked by every service's tests. */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** A service's {@code domain} packages import no framework, not even the platform kit. */
    public static void domainIsPlainJava(String servicePackage) {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "org.hibernate..",
                        "io.smallrye..", "io.vertx..", "com.fasterxml.jackson..", "id.desatumis.kit..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
