package id.desatumis.assessment;

import id.desatumis.devstack.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void theDomainImportsNoFramework() {
        ArchitectureRules.domainIsPlainJava("id.desatumis.assessment");
    }
}
