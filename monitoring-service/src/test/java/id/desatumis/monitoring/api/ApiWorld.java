package id.desatumis.monitoring.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.monitoring.MonitoringTopics;
import id.desatumis.contracts.partner.DecisionRecordedV1;
import id.desatumis.contracts.partner.PartnerRegisteredV1;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.contracts.registry.HouseholdRegisteredV1;
import id.desatumis.contracts.registry.RegistryTopics;
import id.desatumis.devstack.CloudEventSender;
import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.apitest.ApiScene;
import id.desatumis.kit.outbox.TopicCreator;
import io.vertx.mutiny.sqlclient.Pool;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Real objects of monitoring-service for the tests generated from its OpenAPI document, in the scene's own desa,
 * office and partner: a household of the own desa (its timeline), the own and the other office registered in
 * partner-service (their scorecards; the own office's actor is the own partner too, so that an office and a partner
 * each reach it), a TKPKD decision and a musyawarah desa of the own desa (what decisions cite), sent as the other
 * services publish them; then the own desa's intake recorded through the API (its cohort). Each test names its own
 * desa and year, which no other test publishes about.
 */
final class ApiWorld {

    static final Duration PATIENCE = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();

    final String ownDesa;
    final String otherDesa;
    final int year;
    final String ownOffice = "APITEST-" + UUID.randomUUID().toString().substring(0, 8);
    final String otherOffice = "APITEST-" + UUID.randomUUID().toString().substring(0, 8);
    final UUID ownActor = UUID.randomUUID();
    final UUID otherActor = UUID.randomUUID();
    final UUID household = UUID.randomUUID();
    final String tkpkdDecision = "TKPKD/33.14/APITEST/" + UUID.randomUUID().toString().substring(0, 8);
    final String desaDecision;

    ApiWorld(String ownDesa, String otherDesa, int year) {
        this.ownDesa = ownDesa;
        this.otherDesa = otherDesa;
        this.year = year;
        this.desaDecision = "MUSDES/" + ownDesa + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Publishes what the other services would, records the own desa's intake, and waits for the projection. */
    ApiWorld build() {
        try {
            TopicCreator.ensure(DevStack.shared().kafkaBootstrap(), Set.of(RegistryTopics.HOUSEHOLD,
                    PartnerTopics.PARTNER, PartnerTopics.FORUM, MonitoringTopics.DESA), 3, (short) 1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String now = Instant.now().toString();
        send(RegistryTopics.HOUSEHOLD, RegistryTopics.SOURCE, "household-" + household, HouseholdRegisteredV1.CE_TYPE,
                new HouseholdRegisteredV1(household.toString(), ownDesa, 1, List.of(new HouseholdRegisteredV1.Member(
                        UUID.randomUUID().toString(), "F", "25-59", true)), now));
        for (var office : Map.of(ownActor, ownOffice, otherActor, otherOffice).entrySet()) {
            send(PartnerTopics.PARTNER, PartnerTopics.SOURCE, "partner-" + office.getKey(), PartnerRegisteredV1.CE_TYPE,
                    new PartnerRegisteredV1(office.getKey().toString(), "OPD", "Dinas " + office.getValue(),
                            office.getValue(), "KEPALA", now));
        }
        decision(tkpkdDecision, "TKPKD_COORDINATION", "33.14");
        decision(desaDecision, "MUSYAWARAH_DESA", ownDesa);
        // the decision may not have reached the projection yet: 409 decision-unknown writes nothing, so ask again
        Map<String, Object> intake = Map.of("desaCodes", List.of(ownDesa), "decisionNumber", tkpkdDecision);
        await().atMost(PATIENCE).until(() -> given().header("Authorization", "Bearer " + token("tkpkd")).contentType("application/json")
                .body(intake).post("/cohorts/" + year + "/intakes").statusCode() == 201);
        await().atMost(PATIENCE).until(() -> status("/cohorts/" + year) == 200
                && status("/households/" + household + "/timeline") == 200
                && status("/scorecards/" + ownActor) == 200 && status("/scorecards/" + otherActor) == 200);
        return this;
    }

    /** What every generated test knows of the service, beside the document. */
    ApiScene.Builder scene(URI base, Pool pool) {
        return ApiScene.builder(base)
                .eventCount(() -> pool.query("SELECT count(*) FROM events").execute()
                        .map(rows -> rows.iterator().next().getLong(0)).await().atMost(Duration.ofSeconds(30)))
                .desa(ownDesa, otherDesa)
                .office(ownOffice, otherOffice)
                .partner(ownActor.toString(), otherActor.toString())
                // every {code} of the API is a desa or an area: the own desa is both
                .path("code", ownDesa)
                .path("year", String.valueOf(year))
                .path("id", household.toString())
                .path("partnerId", ownActor.toString())
                .body("POST /cohorts/{year}/intakes", "{\"desaCodes\":[\"" + ownDesa + "\"],\"decisionNumber\":\""
                        + tkpkdDecision + "\"}")
                .body("POST /desa/{code}/tuntas-declarations", "{\"decisionNumber\":\"" + desaDecision + "\"}")
                .body("POST /dasbor/sesi", "{\"token\":\"" + token("dinsos") + "\"}")
                // each office and partner reads its own scorecard: another office's is its own, not the scene's
                .unscoped("GET /scorecards/mine")
                // a rebuild replaces the projection every other operation reads: after them
                .last("POST /admin/projections/rebuilds");
    }

    static String token(String role) {
        return DevStack.shared().tokens().mint("apitest-setup-" + role, role, null, null, null);
    }

    private static int status(String path) {
        return given().header("Authorization", "Bearer " + token("dinsos")).accept("application/json").get(path).statusCode();
    }

    private void decision(String number, String forumType, String areaCode) {
        String forum = UUID.randomUUID().toString();
        send(PartnerTopics.FORUM, PartnerTopics.SOURCE, "forum-" + forum, DecisionRecordedV1.CE_TYPE,
                new DecisionRecordedV1(forum, number, "Keputusan forum", "OTHER", null, forumType, areaCode,
                        LocalDate.now().toString(), Instant.now().toString()));
    }

    private static void send(String topic, String source, String stream, String type, Object payload) {
        try {
            CloudEventSender.send(topic, stream, UUID.randomUUID().toString(), type, source, 1,
                    JSON.writeValueAsString(payload));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
