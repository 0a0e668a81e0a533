package id.desatumis.system;

import id.desatumis.devstack.ServiceProcess;
import id.desatumis.devstack.ServiceProcess.FailedStart;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A packaged service (the production profile) whose token issuer is not configured refuses to start, naming what is
 * missing: it once fell back to devstack's {@code desatumis-local}, accepting tokens of any key holder who named that
 * issuer.
 */
class ProductionConfigurationTest {

    @ParameterizedTest
    @ValueSource(strings = {"registry-service", "assessment-service", "partner-service", "assistance-service",
            "monitoring-service"})
    void aServiceWithoutItsTokenIssuerDoesNotStart(String module) throws Exception {
        FailedStart start = ServiceProcess.startWithout(module, "system_" + module.replace("-service", ""),
                ServiceProcess.keys(), "DESATUMIS_JWT_ISSUER", Duration.ofSeconds(120));
        assertThat(start.exitCode()).isNotZero();
        // Quarkus names the property whose value (${DESATUMIS_JWT_ISSUER}, no fallback) cannot be resolved
        assertThat(start.output()).contains("mp.jwt.verify.issuer");
    }
}
