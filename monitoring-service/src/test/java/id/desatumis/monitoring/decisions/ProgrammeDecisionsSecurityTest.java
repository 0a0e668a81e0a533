package id.desatumis.monitoring.decisions;

import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.monitoring.persistence.ProjectionReads;
import id.desatumis.monitoring.persistence.TuntasQueries;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static id.desatumis.monitoring.decisions.DecisionsFixture.REGENCY;
import static id.desatumis.monitoring.decisions.DecisionsFixture.YEAR;
import static id.desatumis.monitoring.decisions.DecisionsFixture.citing;
import static id.desatumis.monitoring.decisions.DecisionsFixture.declare;
import static id.desatumis.monitoring.decisions.DecisionsFixture.intake;
import static id.desatumis.monitoring.decisions.DecisionsFixture.intakeOf;
import static id.desatumis.monitoring.decisions.DecisionsFixture.refused;
import static id.desatumis.monitoring.decisions.DecisionsFixture.tkpkd;
import static id.desatumis.monitoring.decisions.DecisionsFixture.token;
import static org.hamcrest.Matchers.equalTo;

/**
 * Only tkpkd records its decisions: Dinas Sosial, auditors, village operators (of that very desa too), offices and
 * partners are 403, without a valid token 401; a refused request changes nothing (tkpkd's own requests then pass).
 * Both answers come before anything is read or written, so neither needs the projection's data.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class ProgrammeDecisionsSecurityTest {

    static final String DESA = "33.14.20.2006";
    static final String SOME_NUMBER = "TKPKD/33.14/2024/001";

    @Inject
    ProjectionReads reads;
    @Inject
    TuntasQueries tuntas;

    @BeforeAll
    static void topicsExist() throws Exception {
        Projected.topicsExist();
    }

    @Test
    void withoutAValidTokenBothAre401() {
        for (String token : new String[]{null, "Bearer not-a-token",
                "Bearer " + DevStack.shared().tokens().builder("x").role("tkpkd").unsigned().sign(),
                "Bearer " + DevStack.shared().tokens().builder("x").role("tkpkd").expiredSecondsAgo(60).sign()}) {
            intake(token, YEAR, intakeOf(SOME_NUMBER, DESA)).statusCode(401).body("type", equalTo("/problems/unauthorized"));
            declare(token, DESA, citing(SOME_NUMBER)).statusCode(401).body("type", equalTo("/problems/unauthorized"));
        }
    }

    @Test
    void everyOtherRoleIs403AndChangesNothing() {
        Projected projected = new Projected(reads, tuntas);
        String number = projected.decision("TKPKD/33.14/2024", "TKPKD_COORDINATION", REGENCY, "OTHER");
        projected.settled(DESA);
        for (String token : refused(DESA)) {
            intake(token, YEAR, intakeOf(number, DESA)).statusCode(403).body("type", equalTo("/problems/forbidden"));
            declare(token, DESA, citing(number)).statusCode(403).body("type", equalTo("/problems/forbidden"));
        }
        declare(tkpkd(), DESA, citing(number)).statusCode(409).body("type", equalTo("/problems/desa-not-in-programme"));
        intake(tkpkd(), YEAR, intakeOf(number, DESA)).statusCode(201);
        declare(tkpkd(), DESA, citing(number)).statusCode(201);
    }

    @Test
    void aTokenOfTkpkdAndAnotherRoleActsAsTkpkdAndNoRoleIsRefused() {
        String both = "Bearer " + DevStack.shared().tokens().builder("kepala-bappeda").role("tkpkd").role("opd")
                .opd("BAPPEDA").sign();
        intake(both, YEAR, intakeOf("TKPKD/NONE/x", "33.14.20.2005")).statusCode(409)
                .body("type", equalTo("/problems/decision-unknown"));
        declare(token("x", "public", null, null, null), DESA, citing(SOME_NUMBER)).statusCode(403);
    }
}
