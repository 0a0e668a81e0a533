package id.desatumis.registry;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layers of STYLE.md and issue 8, held for the registry. (Until devstack's ArchitectureRules carries the rules of
 * the aggregate pipeline, they are spelled out here: the domain may throw the kit's plain-Java rule exceptions.)
 */
class ArchitectureTest {

    private static final JavaClasses REGISTRY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("id.desatumis.registry");

    @Test
    void theDomainIsPlainJavaThrowingOnlyTheKitsRuleExceptions() {
        classes().that().resideInAPackage("..registry.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "id.desatumis.kit.domain..",
                        "id.desatumis.registry.domain..")
                .check(REGISTRY);
    }

    @Test
    void resourcesTouchNoSqlClient() {
        noClasses().that().resideInAPackage("..registry.api..")
                .should().dependOnClassesThat().resideInAnyPackage("io.vertx.mutiny.sqlclient..", "io.vertx.sqlclient..",
                        "io.vertx.pgclient..", "id.desatumis.kit.eventstore..")
                .check(REGISTRY);
    }

    @Test
    void sqlIsWrittenOnlyInPersistence() {
        noClasses().that().resideOutsideOfPackage("..registry.persistence..")
                .should().dependOnClassesThat().haveFullyQualifiedName("io.vertx.mutiny.sqlclient.Tuple")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.vertx.mutiny.sqlclient.Row")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.vertx.mutiny.sqlclient.RowSet")
                .check(REGISTRY);
    }

    @Test
    void persistenceKnowsNoUseCase() {
        noClasses().that().resideInAPackage("..registry.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("..registry.application..", "..registry.api..",
                        "..registry.messaging..")
                .check(REGISTRY);
    }
}
