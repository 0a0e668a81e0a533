package id.desatumis.monitoring.decisions;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.monitoring.DesaJoinedProgrammeV1;
import id.desatumis.contracts.monitoring.MonitoringTopics;
import id.desatumis.contracts.monitoring.VillageDeclaredTuntasV1;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.TopicRecords;
import id.desatumis.monitoring.persistence.ProjectionReads;
import id.desatumis.monitoring.persistence.TuntasQueries;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static id.desatumis.monitoring.decisions.DecisionsFixture.REGENCY;
import static id.desatumis.monitoring.decisions.DecisionsFixture.YEAR;
import static id.desatumis.monitoring.decisions.DecisionsFixture.citing;
import static id.desatumis.monitoring.decisions.DecisionsFixture.declare;
import static id.desatumis.monitoring.decisions.DecisionsFixture.intake;
import static id.desatumis.monitoring.decisions.DecisionsFixture.intakeOf;
import static id.desatumis.monitoring.decisions.DecisionsFixture.tkpkd;
import static id.desatumis.monitoring.decisions.Projected.PATIENCE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * tkpkd's intakes and tuntas declarations through the API, against the event store, Kafka and the live projection:
 * what is accepted, what each is refused on, what is published, and what the projection reads back from monitoring's
 * own topic. What a decision rests on (forum decisions, households' needs) is sent as the other services send it
 * ({@link Projected}).
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class ProgrammeDecisionsApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static String tkpkdDecision;

    @Inject
    ProjectionReads reads;
    @Inject
    TuntasQueries tuntas;
    Projected projected;

    @BeforeAll
    static void topicsExist() throws Exception {
        Projected.topicsExist();
    }

    @BeforeEach
    void decisions() {
        projected = new Projected(reads, tuntas);
        if (tkpkdDecision == null) tkpkdDecision = projected.decision("TKPKD/33.14/2024", "TKPKD_COORDINATION", REGENCY, "OTHER");
    }

    @Test
    void anIntakeJoinsEveryDesaNamedPublishesEachAndTheProjectionReadsThemBack() throws Exception {
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

            await().atMost(PATIENCE).until(() -> projected.programme(desa).isPresent());
            var row = projected.programme(desa).orElseThrow();
            assertThat(row.getInteger("intake_year")).isEqualTo(YEAR);
            assertThat(row.getString("intake_decision")).isEqualTo(tkpkdDecision);
            assertThat(row.getOffsetDateTime("joined_at").toInstant()).isEqualTo(Instant.parse(joined.joinedAt()));
        }
        given().header("Authorization", tkpkd()).accept("application/json").get("/cohorts/" + YEAR).then().statusCode(200)
                .body("desa.desaCode", hasItem("33.14.19.2001"));
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
        String musdes = projected.decision("MD/" + desa + "/2024", "MUSYAWARAH_DESA", desa, "OTHER");
        intake(tkpkd(), YEAR, intakeOf(musdes, desa)).statusCode(409)
                .body("type", equalTo("/problems/intake-decision-not-tkpkd"));
        String pledge = projected.decision("TKPKD/33.14/2024/P", "TKPKD_COORDINATION", REGENCY, "PLEDGE");
        intake(tkpkd(), YEAR, intakeOf(pledge, desa)).statusCode(409)
                .body("type", equalTo("/problems/decision-approves-otherwise"));
    }

    @Test
    void aSettledDesaIsDeclaredTuntasOncePublishedAndReadBack() throws Exception {
        String desa = "33.14.19.2005";
        intake(tkpkd(), YEAR, intakeOf(tkpkdDecision, desa)).statusCode(201);
        projected.settled(desa);
        String musdes = projected.decision("MD/" + desa + "/2026", "MUSYAWARAH_DESA", desa, "OTHER");
        declare(tkpkd(), desa, citing(musdes)).statusCode(201)
                .header("Location", equalTo("/desa/" + desa + "/tuntas")).header("ETag", equalTo("\"2\""))
                .body("desaCode", equalTo(desa)).body("status", equalTo("DECLARED"))
                .body("decisionNumber", equalTo(musdes)).body("householdsMet", equalTo(1))
                .body("needsMet", equalTo(0)).body("needsClosed", equalTo(1));
        declare(tkpkd(), desa, citing(musdes)).statusCode(409).body("type", equalTo("/problems/already-declared"))
                .body("decisionNumber", equalTo(musdes));

        var records = TopicRecords.withKey(MonitoringTopics.DESA, "desa-" + desa, 2, PATIENCE);
        assertThat(records).extracting(r -> TopicRecords.header(r, "ce_type"))
                .containsExactly(DesaJoinedProgrammeV1.CE_TYPE, VillageDeclaredTuntasV1.CE_TYPE);
        var declared = JSON.readValue(records.get(1).value(), VillageDeclaredTuntasV1.class);
        assertThat(declared).extracting(VillageDeclaredTuntasV1::desaCode, VillageDeclaredTuntasV1::decisionNumber,
                VillageDeclaredTuntasV1::householdsMet, VillageDeclaredTuntasV1::needsMet, VillageDeclaredTuntasV1::needsClosed)
                .containsExactly(desa, musdes, 1, 0, 1);

        await().atMost(PATIENCE).until(() -> musdes.equals(projected.programme(desa).orElseThrow().getString("tuntas_decision")));
        var row = projected.programme(desa).orElseThrow();
        assertThat(List.of(row.getInteger("households_met"), row.getInteger("needs_met"), row.getInteger("needs_closed")))
                .containsExactly(1, 0, 1);
        assertThat(row.getOffsetDateTime("tuntas_declared_at").toInstant()).isEqualTo(Instant.parse(declared.declaredAt()));
        given().header("Authorization", tkpkd()).accept("application/json").get("/desa/" + desa + "/tuntas").then()
                .statusCode(200).body("status", equalTo("DECLARED")).body("decisionNumber", equalTo(musdes));
    }

    @Test
    void aDesaWithAnythingOpenIsRefusedAndTheProblemCarriesTheDistance() {
        String desa = "33.14.19.2006";
        intake(tkpkd(), YEAR, intakeOf(tkpkdDecision, desa)).statusCode(201);
        String member = UUID.randomUUID().toString();
        UUID first = projected.verifiedPoor(desa, "HOUSE_REPAIR", "EDUCATION:" + member);
        UUID second = projected.verifiedPoor(desa, "HOUSE_REPAIR");
        projected.awaitDistance(desa, d -> d.needsOpen() == 3);
        String muscam = projected.decision("MK/33.14.19/2026", "MUSYAWARAH_KECAMATAN", "33.14.19", "OTHER");
        declare(tkpkd(), desa, citing(muscam)).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/desa-not-settled"))
                .body("distance.householdsOpen", equalTo(2)).body("distance.needsOpen", equalTo(3))
                .body("distance.openByKind.HOUSE_REPAIR", equalTo(2)).body("distance.openByKind.EDUCATION", equalTo(1))
                .body("distance.openByActor", hasSize(0))
                .body("distance.unplannedOpen", equalTo(3)).body("distance.verifiedPoor", equalTo(2));

        // once every need is closed, the same decision declares it
        projected.closed(first, desa, "HOUSE_REPAIR", 1);
        projected.closed(first, desa, "EDUCATION:" + member, 2);
        projected.closed(second, desa, "HOUSE_REPAIR", 1);
        projected.awaitDistance(desa, d -> d.settled());
        declare(tkpkd(), desa, citing(muscam)).statusCode(201).body("householdsMet", equalTo(2))
                .body("needsClosed", equalTo(3));
    }

    @Test
    void aDesaOutsideTheProgrammeIsNotDeclared() {
        declare(tkpkd(), "33.14.19.2007", citing(tkpkdDecision)).statusCode(409)
                .body("type", equalTo("/problems/desa-not-in-programme"));
    }

    @Test
    void aDeclarationCitesADecisionThatHoldsInTheDesa() {
        String desa = "33.14.20.2001";
        intake(tkpkd(), YEAR, intakeOf(tkpkdDecision, desa)).statusCode(201);
        String otherDesa = projected.decision("MD/33.14.20.2002/2026", "MUSYAWARAH_DESA", "33.14.20.2002", "OTHER");
        declare(tkpkd(), desa, citing(otherDesa)).statusCode(409).body("type", equalTo("/problems/decision-other-area"))
                .body("errors[0].field", equalTo("decisionNumber"));
        String otherKecamatan = projected.decision("MK/33.14.19/2026", "MUSYAWARAH_KECAMATAN", "33.14.19", "OTHER");
        declare(tkpkd(), desa, citing(otherKecamatan)).statusCode(409).body("type", equalTo("/problems/decision-other-area"));
        String plan = projected.decision("MD/" + desa + "/2026", "MUSYAWARAH_DESA", desa, "INTERVENTION_PLAN");
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

        projected.settled(desa);
        String declaration = "declaration-" + UUID.randomUUID();
        declare(tkpkd(), desa, citing(tkpkdDecision), declaration).statusCode(201);
        // something opened since: the retry still gets the first answer
        projected.verifiedPoor(desa, "ELECTRICITY");
        projected.awaitDistance(desa, d -> d.needsOpen() == 1);
        declare(tkpkd(), desa, citing(tkpkdDecision), declaration).statusCode(201)
                .header("Idempotent-Replayed", equalTo("true")).body("status", equalTo("DECLARED"));
    }
}
