package id.desatumis.registry.api;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.apitest.ApiDocument;
import id.desatumis.devstack.apitest.ApiReport;
import id.desatumis.devstack.apitest.AuthorizationMatrix;
import id.desatumis.devstack.apitest.Caller;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 12: every operation of the registry's document called as every caller (nobody; dinsos, tkpkd,
 * auditor; an operator, an office and a partner of the own scope and of another) on real households of the own desa,
 * each answer held to ARCHITECTURE.md's security section.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class AuthorizationMatrixApiTest {

    private static final String[] DISTRICT_WIDE_READS = {"GET /households", "GET /households/{id}"};

    @TestHTTPResource("/")
    URL base;

    @Inject
    Pool pool;

    @Test
    void everyCallerIsAnsweredAsTheSecurityRulesSay() throws Exception {
        // the registry scopes village operators by desa only: an office (opd) and a partner read every desa's
        // households without personal data (README, registry-service: "Reads: every role"), so another office or
        // partner is let through on those reads, while another desa's operator is still refused (404 and 403)
        var scene = RegistryApiScene.builder(base.toURI(), pool)
                .unscopedFor(Caller.OPD_OTHER, DISTRICT_WIDE_READS)
                .unscopedFor(Caller.PARTNER_OTHER, DISTRICT_WIDE_READS)
                .build();
        ApiReport report = AuthorizationMatrix.check(ApiDocument.fetch(base.toURI()), scene);
        System.out.println(report.summary() + "\n" + report.table());
        assertThat(report.failures()).isEmpty();
        // the own-scope callers reach the households: allowed on every operation their role names
        assertThat(report.table()).contains("GET /households/{id}:").contains("operator_own=200");
    }
}
