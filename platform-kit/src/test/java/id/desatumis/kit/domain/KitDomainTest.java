package id.desatumis.kit.domain;

import id.desatumis.devstack.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The kit's domain package is what services' plain-Java domains may use: it must stay plain Java itself. */
class KitDomainTest {

    @Test
    void theKitsDomainPackageIsPlainJava() {
        ArchitectureRules.kitDomainIsPlainJava();
    }
}
