package id.desatumis.registry.api;

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

import java.net.URL;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 12: every operation of the registry's document called as every caller (nobody; dinsos, tkpkd,
 * auditor; an operator, an office and a partner of the own scope and of another) on real households of the own desa,
 * each answer held to ARCHITECTURE.md's security section.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class AuthorizationMatrixApiTest {

    /**
     * The registry scopes village operators by desa only: an office (opd) and a partner read every desa's households
     * without personal data (README, registry-service: "Reads: every role"), so their "other" office or partner is
     * let through on the two reads they may call. devstack's apitest cannot say so: {@code ApiScene.unscoped} frees
     * every other-scope caller of an operation, the other desa's operator too, whom these reads must refuse (404 and
     * 403). Until the scene can free one kind of scope (a devstack change), these answers are expected, and only these.
     */
    static final Pattern DISTRICT_WIDE_READS = Pattern.compile(
            "^GET /households(/[0-9a-f-]{36}|\\?desaCode=[0-9.]+) \\[(OPD_OTHER|PARTNER_OTHER)\\] -> 200 .*"
                    + ": another scope's caller must be refused \\(403 or 404\\)$", Pattern.DOTALL);

    @TestHTTPResource("/")
    URL base;

    @Inject
    Pool pool;

    @Test
    void everyCallerIsAnsweredAsTheSecurityRulesSay() throws Exception {
        var scene = RegistryApiScene.scene(base.toURI(), pool);
        ApiReport report = AuthorizationMatrix.check(ApiDocument.fetch(base.toURI()), scene);
        System.out.println(report.summary() + "\n" + report.table());
        List<String> expected = report.failures().stream().filter(f -> DISTRICT_WIDE_READS.matcher(f).matches()).toList();
        List<String> broken = report.failures().stream().filter(f -> !expected.contains(f)).toList();
        System.out.println("district-wide reads let through for another office or partner (as the registry's rules say): "
                + expected.size());
        assertThat(broken).isEmpty();
        assertThat(expected).hasSizeLessThanOrEqualTo(4);
        // the own-scope callers reach the households: allowed on every operation their role names
        assertThat(report.table()).contains("GET /households/{id}:").contains("operator_own=200");
    }
}
