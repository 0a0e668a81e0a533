package id.desatumis.monitoring.api;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.apitest.ApiDocument;
import id.desatumis.devstack.apitest.ApiReport;
import id.desatumis.devstack.apitest.AuthorizationMatrix;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of monitoring-service's document called as every caller of ARCHITECTURE.md's security section
 * (devstack's AuthorizationMatrix): nobody, dinsos, tkpkd, auditor, and an operator, an office and a partner of the
 * own desa, office and partner and of another, on real objects of the own scope (ApiWorld). The own desa is Bentak
 * (33.14.11.2001), the other Purwosuman (33.14.11.2002), the intake year 2027: no other test publishes about them.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class AuthorizationMatrixApiTest {

    @TestHTTPResource("/")
    URI base;
    @Inject
    Pool pool;

    @Test
    void everyCallerIsAnsweredAsTheSecuritySectionSays() {
        ApiWorld world = new ApiWorld("33.14.11.2001", "33.14.11.2002", 2027).build();
        ApiReport report = AuthorizationMatrix.check(ApiDocument.fetch(base), world.scene(base, pool).build());
        System.out.println(report + "\n" + report.table());
        assertThat(report.failures()).isEmpty();
    }
}
