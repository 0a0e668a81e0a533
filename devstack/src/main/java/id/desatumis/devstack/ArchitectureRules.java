package id.desatumis.devstack;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layer rules of STYLE.md and ARCHITECTURE.md, checked by every service's tests: {@code domain} is plain Java,
 * {@code api} touches no SQL client nor the event store (it hands use cases to {@code application}), SQL is written in
 * {@code persistence} only, and {@code persistence} serves the use cases without knowing them.
 */
public final class ArchitectureRules {

    private static final String[] SQL_CLIENTS = {"io.vertx.mutiny.sqlclient..", "io.vertx.sqlclient..",
            "io.vertx.pgclient..", "io.vertx.mutiny.pgclient..", "java.sql..", "id.desatumis.kit.eventstore.."};
    /** What writing SQL takes: a statement's parameters and its rows. */
    private static final String[] SQL_STATEMENT_TYPES = {"io.vertx.mutiny.sqlclient.Tuple", "io.vertx.mutiny.sqlclient.Row",
            "io.vertx.mutiny.sqlclient.RowSet", "io.vertx.sqlclient.Tuple", "io.vertx.sqlclient.Row"};

    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private ArchitectureRules() {
    }

    /**
     * A service's {@code domain} depends on plain Java, on itself, and on the kit's plain-Java domain package (the
     * {@code RuleBroken} it throws); nothing from Quarkus, Jakarta, Hibernate, SmallRye, Vert.x or Jackson.
     */
    public static void domainIsPlainJava(String servicePackage) {
        domainIsPlainJava(servicePackage, importService(servicePackage));
    }

    private static void domainIsPlainJava(String servicePackage, JavaClasses service) {
        classes().that().resideInAPackage(servicePackage + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", servicePackage + ".domain..",
                        "id.desatumis.kit.domain..")
                .allowEmptyShould(true)
                .check(service);
    }

    /** REST resources parse, authorise, call a use case and map its answer: SQL is for persistence. */
    public static void apiTouchesNoSqlClient(String servicePackage) {
        JavaClasses service = importService(servicePackage);
        noClasses().that().resideInAPackage("..api..")
                .should().dependOnClassesThat().resideInAnyPackage(SQL_CLIENTS)
                .allowEmptyShould(true)
                .check(service);
    }

    /** SQL is written in {@code persistence} only, where one class owns each table. */
    public static void sqlOnlyInPersistence(String servicePackage) {
        noClasses().that().resideOutsideOfPackage(servicePackage + ".persistence..")
                .should().dependOnClassesThat().haveNameMatching(String.join("|", SQL_STATEMENT_TYPES).replace(".", "\\."))
                .allowEmptyShould(true)
                .check(importService(servicePackage));
    }

    /** Persistence owns tables and answers queries; it never calls back into the use cases. */
    public static void persistenceImportsNoApplication(String servicePackage) {
        JavaClasses service = importService(servicePackage);
        noClasses().that().resideInAPackage(servicePackage + ".persistence..")
                .should().dependOnClassesThat().resideInAnyPackage(servicePackage + ".application..",
                        servicePackage + ".api..", servicePackage + ".messaging..")
                .allowEmptyShould(true)
                .check(service);
    }

    /** The kit's own domain package, which services' domains may use, is plain Java too. */
    public static void kitDomainIsPlainJava() {
        classes().that().resideInAPackage("id.desatumis.kit.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "id.desatumis.kit.domain..")
                .check(importService("id.desatumis.kit.domain"));
    }

    /** Imported once per package: reading the classes is most of a rule's cost. */
    private static JavaClasses importService(String servicePackage) {
        return IMPORTED.computeIfAbsent(servicePackage, p -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(p));
    }
}
