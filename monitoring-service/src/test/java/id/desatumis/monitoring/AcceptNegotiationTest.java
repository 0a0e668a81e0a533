package id.desatumis.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.monitoring.DesaJoinedProgrammeV1;
import id.desatumis.contracts.monitoring.MonitoringTopics;
import id.desatumis.contracts.partner.PartnerRegisteredV1;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.contracts.registry.HouseholdRegisteredV1;
import id.desatumis.contracts.registry.RegistryTopics;
import id.desatumis.devstack.CloudEventSender;
import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.kit.outbox.TopicCreator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every read endpoint that answers JSON or CSV answers JSON to a client that asks for nothing in particular (no
 * Accept, or {@code *}{@code /*}) or for JSON, CSV with its header line to one that prefers {@code text/csv}, and a
 * 406 problem to one that accepts neither (the two-method form answered 400 there). Requests go out through the
 * JDK's client, which adds no Accept header of its own. Desa 33.14.06.2007 (Plosorejo), its intake year 2071, an
 * office and a household of random ids: no other test publishes about them.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class AcceptNegotiationTest {

    static final String DESA = "33.14.06.2007";
    static final int COHORT = 2071;
    static final UUID HOUSEHOLD = UUID.randomUUID();
    static final UUID OFFICE = UUID.randomUUID();
    static final String OFFICE_CODE = "ACCEPT-" + UUID.randomUUID().toString().substring(0, 8);
    static final Duration PATIENCE = Duration.ofSeconds(90);
    static final ObjectMapper JSON = new ObjectMapper();
    static boolean published;

    /**
     * An endpoint, who reads it, a field its JSON answer has (at the top, or in each element of an array), and the
     * header line of its CSV.
     */
    record Endpoint(String path, String role, String opd, String jsonField, String csvHeader) {

        static Endpoint staff(String path, String jsonField, String csvHeader) {
            return new Endpoint(path, "dinsos", null, jsonField, csvHeader);
        }

        @Override
        public String toString() {
            return path;
        }
    }

    /** How a client asks, and whether CSV is what it must get. */
    record Asked(String accept, boolean csv) {

        @Override
        public String toString() {
            return accept == null ? "no Accept" : "Accept: " + accept;
        }
    }

    static final List<Asked> ASKED = List.of(new Asked(null, false), new Asked("*/*", false),
            new Asked("application/json", false), new Asked("text/csv", true),
            new Asked("text/csv, application/json;q=0.5", true));

    /** Every JSON-or-CSV endpoint of the service, by resource. */
    static List<Endpoint> endpoints() {
        String scorecard = "partnerId,name,type,pledgedRupiah,pledgedUnits,reservedRupiah,reservedUnits,consumedRupiah,"
                + "consumedUnits,deliveredRupiah,deliveredUnits,verifiedRupiah,verifiedUnits,interventions,overdue,"
                + "disputes,planToDeliveryDaysP50,planToDeliveryDaysP90,deliveryToVerificationDaysP50,"
                + "deliveryToVerificationDaysP90,forumsInvited,forumsAttended,forumsAbsentWithoutNotice,"
                + "forumsAttendanceRate";
        return List.of(
                // AreaResource
                Endpoint.staff("/areas/" + DESA + "/funnel", "households", "figure,value"),
                Endpoint.staff("/areas/33.14.06/desa", "items", "desaCode,name,kecamatanCode,kecamatanName,intakeYear,"
                        + "listed,verifiedPoor,needsOpen,needsSettled,tuntas"),
                // CohortFiguresResource
                Endpoint.staff("/cohorts", "intakeYear", "intakeYear,desaCodes,decisionNumbers"),
                Endpoint.staff("/cohorts/" + COHORT, "baseline", "figure,baseline,current"),
                // DesaTuntasResource
                Endpoint.staff("/desa/" + DESA + "/tuntas", "status", "figure,actorId,name,type,value"),
                // HouseholdTimelineResource
                Endpoint.staff("/households/" + HOUSEHOLD + "/timeline", "items",
                        "occurredAt,source,type,eventId,streamId,streamVersion,refs"),
                // VillageResource
                Endpoint.staff("/villages/" + DESA + "/summary", "households",
                        "desaCode,desaName,households,members,lastEventAt,lastAppliedAt,consumerLag"),
                // CollaborationResource
                Endpoint.staff("/indicators/collaboration?area=" + DESA, "resourceShareByActorType",
                        "indicator,group,measure,value"),
                // DesaFiguresResource
                Endpoint.staff("/desa/" + DESA + "/needs", "rows",
                        "kind,identified,planned,resourced,delivered,verified,disputed,cancelled,closed,open"),
                Endpoint.staff("/desa/" + DESA + "/forums", "items", "forumId,type,areaCode,heldOn,invited,present,"
                        + "represented,absentWithNotice,absentWithoutNotice,decisions"),
                // ScorecardResource
                Endpoint.staff("/scorecards?type=OPD", "items", scorecard),
                Endpoint.staff("/scorecards/" + OFFICE, "pledged", scorecard),
                new Endpoint("/scorecards/mine", "opd", OFFICE_CODE, "pledged", scorecard));
    }

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A household of the desa (so that it has a timeline), the desa in a cohort, an office (so it has a scorecard). */
    @BeforeEach
    void published() throws Exception {
        if (published) return;
        TopicCreator.ensure(DevStack.shared().kafkaBootstrap(), Set.of(RegistryTopics.HOUSEHOLD, PartnerTopics.PARTNER,
                MonitoringTopics.DESA), 3, (short) 1);
        String now = Instant.now().toString();
        send(RegistryTopics.HOUSEHOLD, RegistryTopics.SOURCE, "household-" + HOUSEHOLD, HouseholdRegisteredV1.CE_TYPE,
                new HouseholdRegisteredV1(HOUSEHOLD.toString(), DESA, 1, List.of(new HouseholdRegisteredV1.Member(
                        UUID.randomUUID().toString(), "F", "25-59", true)), now));
        send(PartnerTopics.PARTNER, PartnerTopics.SOURCE, "partner-" + OFFICE, PartnerRegisteredV1.CE_TYPE,
                new PartnerRegisteredV1(OFFICE.toString(), "OPD", "Dinas Uji Negosiasi", OFFICE_CODE, "KEPALA", now));
        send(MonitoringTopics.DESA, MonitoringTopics.SOURCE, "desa-" + DESA, DesaJoinedProgrammeV1.CE_TYPE,
                new DesaJoinedProgrammeV1(DESA, COHORT, "TKPKD/" + COHORT + "/01", now));
        await().atMost(PATIENCE).until(() -> status("/households/" + HOUSEHOLD + "/timeline") == 200
                && status("/scorecards/" + OFFICE) == 200 && status("/cohorts/" + COHORT) == 200);
        published = true;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void jsonUnlessCsvIsPreferred(Endpoint endpoint) throws Exception {
        for (Asked asked : ASKED) {
            HttpResponse<String> r = get(endpoint, asked.accept());
            String contentType = r.headers().firstValue("Content-Type").orElse("");
            String what = endpoint + " with " + asked;
            assertThat(r.statusCode()).as(what + ": " + r.body()).isEqualTo(200);
            if (asked.csv()) {
                assertThat(contentType).as(what).startsWith("text/csv");
                assertThat(r.body().lines().findFirst()).as(what).contains(endpoint.csvHeader());
            } else {
                assertThat(contentType).as(what).startsWith("application/json");
                JsonNode json = JSON.readTree(r.body());
                JsonNode top = json.isArray() ? json.get(0) : json;
                assertThat(top.has(endpoint.jsonField())).as(what + ": " + r.body()).isTrue();
            }
        }
        HttpResponse<String> refused = get(endpoint, "application/xml");
        assertThat(refused.statusCode()).as(endpoint + " with Accept: application/xml").isEqualTo(406);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
    }

    private HttpResponse<String> get(Endpoint endpoint, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(endpoint.path())).GET()
                .header("Authorization", "Bearer " + DevStack.shared().tokens().mint("u-" + endpoint.role(),
                        endpoint.role(), null, endpoint.opd(), null));
        if (accept != null) request.header("Accept", accept);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int status(String path) {
        return given().header("Authorization", "Bearer " + DevStack.shared().tokens().mint("u-dinsos", "dinsos", null,
                null, null)).accept("application/json").get(path).statusCode();
    }

    private static void send(String topic, String source, String stream, String type, Object payload) throws Exception {
        CloudEventSender.send(topic, stream, UUID.randomUUID().toString(), type, source, 1,
                JSON.writeValueAsString(payload));
    }
}
