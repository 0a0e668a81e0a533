package id.desatumis.monitoring.decisions;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.monitoring.DesaJoinedProgrammeV1;
import id.desatumis.contracts.monitoring.MonitoringTopics;
import id.desatumis.contracts.monitoring.VillageDeclaredTuntasV1;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.TopicRecords;
import id.desatumis.monitoring.domain.TuntasDistance;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.desatumis.monitoring.decisions.DecisionsFixture.REGENCY;
import static id.desatumis.monitoring.decisions.DecisionsFixture.SETTLED;
import static id.desatumis.monitoring.decisions.DecisionsFixture.YEAR;
import static id.desatumis.monitoring.decisions.DecisionsFixture.citing;
import static id.desatumis.monitoring.decisions.DecisionsFixture.declare;
import static id.desatumis.monitoring.decisions.DecisionsFixture.intake;
import static id.desatumis.monitoring.decisions.DecisionsFixture.intakeOf;
import static id.desatumis.monitoring.decisions.DecisionsFixture.tkpkd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * tkpkd's intakes and tuntas declarations through the API, against the event store and Kafka: what is accepted, what
 * each is refused on, what is published. The projection the commands read is this test's own schema
 * ({@link ProjectionStandIn}).
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class ProgrammeDecisionsApiTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Pool pool;
    ProjectionStandIn projection;
    String tkpkdDecision;

    @BeforeEach
    void projection() {
        projection = new ProjectionStandIn(pool, "h_decisions_api").create();
        projection.install();
        tkpkdDecision = projection.decision("TKPKD/33.14/2024", "TKPKD_COORDINATION", REGENCY, "OTHER");
    }

    @Test
    void anIntakeJoinsEveryDesaNamedAndPublishesEachJoining() throws Exception {
        Instant before = Instant.now();
        intake(tkpkd(), YEAR, intakeOf(tkpkdDecision, "33.14.19.2001", "33.14.19.2002")).statusCode(201)
                .header("Location", equalTo("/cohorts/" + YEAR))
                .body("intakeYear", equalTo(YEAR)).body("decisionNumber", equalTo(tkpkdDecision))
                .body("desaCodes", contains("33.14.19.2001", "33.14.19.2002"));

        for (String desa : List.of("33.14.19.2001", "33.14.19.2002")) {
            var records = TopicRecords.withKey(MonitoringTopics.DESA, "desa-" + desa, 1, PATIENCE);
            assertThat(records).extracting(r -> TopicRecords.header(r, "ce_type")).containsExactly(DesaJoinedProgrammeV1.CE_TYPE);
            assertThat(TopicRecords.header(records.get(0), "ce_source")).isEqualTo(MonitoringTopics.SOURCE);
            assertThat(TopicRecords.header(records.get(0), "ce_sequence")).isEqualTo("1");
            var joined = JSON.readValue(records.get(0).value(), DesaJoinedProgrammeV1.class);
            assertThat(joined.desaCode()).isEqualTo(desa);
            assertThat(joined.intakeYear()).isEqualTo(YEAR);
            assertThat(joined.decisionNumber()).isEqualTo(tkpkdDecision);
            assertThat(Instant.parse(joined.joinedAt())).isAfterOrEqualTo(before.minusSeconds(1));
            // who recorded it stays in the event store
            assertThat(records.get(0).value()).doesNotContain("sekretariat-tkpkd");
        }
    }

    @Test
    void anIntakeNamingADesaJoinedAlreadyIsRefusedWholeAndNamesIt() {
        intake(tkpkd(), YEAR, intakeOf(tkpkdDecision, "33.14.19.2003")).statusCode(201);
        intake(tkpkd(), YEAR + 1, intakeOf(tkpkdDecision, "33.14.19.2004", "33.14.19.2003")).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/already-joined"))
                .body("errors", hasSize(1)).body("errors[0].field", equalTo("desaCodes[1]"));
        // none joined: the other desa still may
        intake(tkpkd(), YEAR + 1, intakeOf(tkpkdDecision, "33.14.19.2004")).statusCode(201);
    }

    @Test
    void anIntakeRestsOnAKnownTkpkdDecisionForTheRegency() {
        String desa = "33.14.19.2007";
        intake(tkpkd(), YEAR, intakeOf("TKPKD/NONE/" + UUID.randomUUID(), desa)).statusCode(409)
                .body("type", equalTo("/problems/decision-unknown")).body("errors[0].field", equalTo("decisionNumber"));
        String musdes = projection.decision("MD/33.14.19.2007/2024", "MUSYAWARAH_DESA", desa, "OTHER");
        intake(tkpkd(), YEAR, intakeOf(musdes, desa)).statusCode(409)
                .body("type", equalTo("/problems/intake-decision-not-tkpkd"));
        String pledge = projection.decision("TKPKD/33.14/2024/P", "TKPKD_COORDINATION", REGENCY, "PLEDGE");
        intake(tkpkd(), YEAR, intakeOf(pledge, desa)).statusCode(409)
                .body("type", equalTo("/problems/decision-approves-otherwise"));
    }

    @Test
    void aSettledDesaIsDeclaredTuntasOncePublishedWithWhatWasSettled() throws Exception {
        String desa = "33.14.19.2005";
        intake(tkpkd(), YEAR, intakeOf(tkpkdDecision, desa)).statusCode(201);
        projection.distance(desa, SETTLED);
        String musdes = projection.decision("MD/33.14.19.2005/2026", "MUSYAWARAH_DESA", desa, "OTHER");
        declare(tkpkd(), desa, citing(musdes)).statusCode(201)
                .header("Location", equalTo("/desa/" + desa + "/tuntas")).header("ETag", equalTo("\"2\""))
                .body("desaCode", equalTo(desa)).body("status", equalTo("DECLARED"))
                .body("decisionNumber", equalTo(musdes)).body("householdsMet", equalTo(12))
                .body("needsMet", equalTo(30)).body("needsClosed", equalTo(2));
        declare(tkpkd(), desa, citing(musdes)).statusCode(409).body("type", equalTo("/problems/already-declared"))
                .body("decisionNumber", equalTo(musdes));

        var records = TopicRecords.withKey(MonitoringTopics.DESA, "desa-" + desa, 2, PATIENCE);
        assertThat(records).extracting(r -> TopicRecords.header(r, "ce_type"))
                .containsExactly(DesaJoinedProgrammeV1.CE_TYPE, VillageDeclaredTuntasV1.CE_TYPE);
        var declared = JSON.readValue(records.get(1).value(), VillageDeclaredTuntasV1.class);
        assertThat(declared).extracting(VillageDeclaredTuntasV1::desaCode, VillageDeclaredTuntasV1::decisionNumber,
                VillageDeclaredTuntasV1::householdsMet, VillageDeclaredTuntasV1::needsMet, VillageDeclaredTuntasV1::needsClosed)
                .containsExactly(desa, musdes, 12, 30, 2);
        assertThat(Instant.parse(declared.declaredAt())).isNotNull();
    }

    @Test
    void aDesaWithAnythingOpenIsRefusedAndTheProblemCarriesTheDistance() {
        String desa = "33.14.19.2006";
        intake(tkpkd(), YEAR, intakeOf(tkpkdDecision, desa)).statusCode(201);
        UUID dpupr = UUID.randomUUID();
        projection.distance(desa, new TuntasDistance(2, 3, Map.of("HOUSE_REPAIR", 2, "EDUCATION", 1), Map.of(dpupr, 2),
                1, 10, 25, 1, 12));
        String muscam = projection.decision("MK/33.14.19/2026", "MUSYAWARAH_KECAMATAN", "33.14.19", "OTHER");
        declare(tkpkd(), desa, citing(muscam)).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/desa-not-settled"))
                .body("distance.householdsOpen", equalTo(2)).body("distance.needsOpen", equalTo(3))
                .body("distance.openByKind.HOUSE_REPAIR", equalTo(2)).body("distance.openByKind.EDUCATION", equalTo(1))
                .body("distance.openByActor[0].actorId", equalTo(dpupr.toString()))
                .body("distance.openByActor[0].needsOpen", equalTo(2))
                .body("distance.unplannedOpen", equalTo(1)).body("distance.verifiedPoor", equalTo(12));
        // once settled, the same decision declares it
        projection.distance(desa, SETTLED);
        declare(tkpkd(), desa, citing(muscam)).statusCode(201);
    }

    @Test
    void aDesaOutsideTheProgrammeIsNotDeclared() {
        String desa = "33.14.19.2007";
        projection.distance(desa, SETTLED);
        String tkpkdForIt = projection.decision("TKPKD/33.14/2026", "TKPKD_COORDINATION", REGENCY, "OTHER");
        declare(tkpkd(), desa, citing(tkpkdForIt)).statusCode(409).body("type", equalTo("/problems/desa-not-in-programme"));
    }

    @Test
    void aDeclarationCitesADecisionThatHoldsInTheDesa() {
        String desa = "33.14.20.2001";
        intake(tkpkd(), YEAR, intakeOf(tkpkdDecision, desa)).statusCode(201);
        projection.distance(desa, SETTLED);
        String otherDesa = projection.decision("MD/33.14.20.2002/2026", "MUSYAWARAH_DESA", "33.14.20.2002", "OTHER");
        declare(tkpkd(), desa, citing(otherDesa)).statusCode(409).body("type", equalTo("/problems/decision-other-area"))
                .body("errors[0].field", equalTo("decisionNumber"));
        String otherKecamatan = projection.decision("MK/33.14.19/2026", "MUSYAWARAH_KECAMATAN", "33.14.19", "OTHER");
        declare(tkpkd(), desa, citing(otherKecamatan)).statusCode(409).body("type", equalTo("/problems/decision-other-area"));
        String plan = projection.decision("MD/33.14.20.2001/2026", "MUSYAWARAH_DESA", desa, "INTERVENTION_PLAN");
        declare(tkpkd(), desa, citing(plan)).statusCode(409).body("type", equalTo("/problems/decision-approves-otherwise"));
        declare(tkpkd(), desa, citing("MD/NONE/" + UUID.randomUUID())).statusCode(409)
                .body("type", equalTo("/problems/decision-unknown"));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswerAndRefusesAnotherRequest() {
        String desa = "33.14.20.2002";
        String key = "intake-" + UUID.randomUUID();
        intake(tkpkd(), YEAR, intakeOf(tkpkdDecision, desa), key).statusCode(201);
        intake(tkpkd(), YEAR, intakeOf(tkpkdDecision, desa), key).statusCode(201)
                .header("Idempotent-Replayed", equalTo("true")).body("desaCodes", contains(desa));
        intake(tkpkd(), YEAR, intakeOf(tkpkdDecision, desa, "33.14.20.2003"), key).statusCode(422)
                .body("type", equalTo("/problems/idempotency-key-reused"));
        // without the key, the same intake again is a second one: refused
        intake(tkpkd(), YEAR, intakeOf(tkpkdDecision, desa)).statusCode(409).body("type", equalTo("/problems/already-joined"));

        projection.distance(desa, SETTLED);
        String declaration = "declaration-" + UUID.randomUUID();
        declare(tkpkd(), desa, citing(tkpkdDecision), declaration).statusCode(201);
        // something opened since: the retry still gets the first answer
        projection.distance(desa, DecisionsFixture.NOTHING_VERIFIED);
        declare(tkpkd(), desa, citing(tkpkdDecision), declaration).statusCode(201)
                .header("Idempotent-Replayed", equalTo("true")).body("status", equalTo("DECLARED"));
    }
}
