package id.desatumis.assistance;

import id.desatumis.devstack.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The layer rules every service keeps (devstack's ArchitectureRules). */
class ArchitectureTest {

    private static final String SERVICE = "id.desatumis.assistance";

    @Test
    void theDomainIsPlainJava() {
        ArchitectureRules.domainIsPlainJava(SERVICE);
    }

    @Test
    void restResourcesTouchNoSqlClient() {
        ArchitectureRules.apiTouchesNoSqlClient(SERVICE);
    }

    @Test
    void sqlIsWrittenOnlyInPersistence() {
        ArchitectureRules.sqlOnlyInPersistence(SERVICE);
    }

    @Test
    void persistenceKnowsNoUseCase() {
        ArchitectureRules.persistenceImportsNoApplication(SERVICE);
    }
}
