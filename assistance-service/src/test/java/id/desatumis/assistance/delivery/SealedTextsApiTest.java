package id.desatumis.assistance.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assistance.Auth;
import id.desatumis.assistance.delivery.Given.Household;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.Quantity;
import id.desatumis.contracts.registry.HouseholdErasedV1;
import id.desatumis.contracts.registry.HouseholdMergedV1;
import id.desatumis.contracts.registry.RegistryTopics;
import id.desatumis.devstack.CloudEventSender;
import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.kit.outbox.TopicCreator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static id.desatumis.assistance.delivery.Deliveries.get;
import static id.desatumis.assistance.delivery.Deliveries.on;
import static id.desatumis.assistance.delivery.Deliveries.report;
import static id.desatumis.assistance.delivery.Deliveries.reported;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The free texts of a household's interventions (a delivery's description and photo reference, a dispute's reason)
 * are sealed under the household's key: the API reads them in clear, the events table never holds them so, and once
 * the registry erases the household (its HouseholdErased on Kafka) the key is gone and the API answers without them,
 * as it does for a household merged into the erased one.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class SealedTextsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Given given;

    @Inject
    Pool pool;

    @BeforeAll
    static void registryTopic() throws Exception {
        TopicCreator.ensure(DevStack.shared().kafkaBootstrap(), Set.of(RegistryTopics.HOUSEHOLD), 2, (short) 1);
    }

    @Test
    void aDeliverysTextsReadInClearUntilTheRegistryErasesTheHouseholdThenAnswerWithoutThem() throws Exception {
        Story story = resourced(NeedKind.ELECTRICITY, 1);
        String description = "Meteran dipasang di rumah Bu Sri " + UUID.randomUUID();
        String photo = "s3://evidence/rumah-bu-sri-" + UUID.randomUUID() + ".jpg";
        String reason = "Bu Sri bilang listrik belum menyala " + UUID.randomUUID();
        UUID delivery = reported(report(Auth.opd(story.opdCode()), story.intervention(), delivery(description, photo)));
        on(Auth.operator(Given.DESA), story.intervention(), delivery, "dispute",
                Map.of("ground", "INCOMPLETE", "reason", reason)).statusCode(200);

        JsonPath before = deliveryView(story.intervention(), delivery);
        assertThat(before.getString("description")).isEqualTo(description);
        assertThat(before.getString("evidence.photoReference")).isEqualTo(photo);
        assertThat(storedPayloads("intervention-" + story.intervention())).as("the events table holds them sealed only")
                .noneMatch(p -> p.contains(description) || p.contains(photo) || p.contains(reason))
                .anyMatch(p -> p.contains("enc:v1:" + story.household().id()));

        erase(story.household());
        awaitStanding(story.household().id(), "ERASED");

        JsonPath after = deliveryView(story.intervention(), delivery);
        assertThat(after.getString("status")).isEqualTo("DISPUTED");
        assertThat(after.getString("description")).isNull();
        assertThat(after.getString("evidence.photoReference")).isNull();
        assertThat(after.getString("evidence.documentNumber")).as("the office's document number is no family's text")
                .isNotNull();
        JsonPath detail = get(Auth.dinsos(), "/interventions/" + story.intervention()).statusCode(200)
                .extract().jsonPath();
        assertThat(detail.getMap("deliveries[0]")).doesNotContainKey("description");
        assertThat(keysOf(story.household().id())).as("the household's key is deleted").isZero();
    }

    @Test
    void aHouseholdMergedIntoAnErasedOneLosesItsTextsWithIt() throws Exception {
        Story story = resourced(NeedKind.FOOD_ASSISTANCE, 1);
        UUID survivor = UUID.randomUUID();
        String description = "Diterima Pak Joko di rumah lamanya " + UUID.randomUUID();
        UUID delivery = reported(report(Auth.opd(story.opdCode()), story.intervention(), delivery(description, null)));
        assertThat(deliveryView(story.intervention(), delivery).getString("description")).isEqualTo(description);

        merge(story.household(), survivor);
        awaitStanding(story.household().id(), "MERGED_AWAY");
        assertThat(deliveryView(story.intervention(), delivery).getString("description")).as("a merge erases nothing")
                .isEqualTo(description);

        registry(survivor, HouseholdErasedV1.CE_TYPE, 1,
                new HouseholdErasedV1(survivor.toString(), story.household().desa(), 1, now()));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> keysOf(story.household().id()) == 0);
        assertThat(deliveryView(story.intervention(), delivery).getString("description")).isNull();
    }

    @Test
    void aHouseholdMergedIntoOneTheRegistryErasedBeforeLosesItsTextsWhenTheMergeComesLate() throws Exception {
        Story story = resourced(NeedKind.FOOD_ASSISTANCE, 1);
        UUID survivor = UUID.randomUUID();
        String description = "Diterima Pak Joko sebelum digabung " + UUID.randomUUID();
        UUID delivery = reported(report(Auth.opd(story.opdCode()), story.intervention(), delivery(description, null)));

        // the merge travels on the duplicate's stream, the erasure on the survivor's: here the erasure is read first
        registry(survivor, HouseholdErasedV1.CE_TYPE, 1,
                new HouseholdErasedV1(survivor.toString(), story.household().desa(), 1, now()));
        awaitStanding(survivor, "ERASED");
        assertThat(deliveryView(story.intervention(), delivery).getString("description")).as("not merged yet")
                .isEqualTo(description);
        merge(story.household(), survivor);
        awaitStanding(story.household().id(), "MERGED_AWAY");

        assertThat(keysOf(story.household().id())).as("the duplicate's key is deleted with the merge").isZero();
        assertThat(deliveryView(story.intervention(), delivery).getString("description")).isNull();
    }

    @Test
    void aDocumentNumberThatBeginsAsASealedValueDoesIsNoSealAndReadsBackAsSent() throws Exception {
        Story story = resourced(NeedKind.ELECTRICITY, 1);
        // only free texts are sealed and opened: a document number is the office's, stored and read as it was sent
        String document = "enc:v1:BAST/2026/" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> body = delivery("Meteran dipasang", null);
        body.put("evidence", Deliveries.with(Deliveries.evidence(), "documentNumber", document));
        UUID delivery = reported(report(Auth.opd(story.opdCode()), story.intervention(), body));

        assertThat(deliveryView(story.intervention(), delivery).getString("evidence.documentNumber"))
                .isEqualTo(document);
        get(Auth.dinsos(), "/interventions/" + story.intervention()).statusCode(200);
    }

    @Test
    void aTextThatBeginsAsASealedValueDoesIsSealedAndReadsBackAsSent() throws Exception {
        Story story = resourced(NeedKind.ELECTRICITY, 1);
        // a client's text that looks like a seal must not be passed over as one: it would be stored in clear and
        // every later read of it would fail to open
        String description = "enc:v1:Meteran dipasang " + UUID.randomUUID();
        UUID delivery = reported(report(Auth.opd(story.opdCode()), story.intervention(), delivery(description, null)));

        assertThat(deliveryView(story.intervention(), delivery).getString("description")).isEqualTo(description);
        assertThat(storedPayloads("intervention-" + story.intervention())).as("the text is sealed like any other")
                .noneMatch(p -> p.contains(description.substring("enc:v1:".length())));
        get(Auth.dinsos(), "/interventions/" + story.intervention()).statusCode(200);
    }

    @Test
    void aDeliveryReportedOnBehalfOfAnotherAfterTheErasureStaysOneWithoutItsReason() throws Exception {
        Story story = resourced(NeedKind.FOOD_ASSISTANCE, 2);
        // a first delivery keeps the intervention open through the erasure (only needs with none are cancelled)
        reported(report(Auth.opd(story.opdCode()), story.intervention(), Deliveries.units(1)));
        erase(story.household());
        awaitStanding(story.household().id(), "ERASED");

        String reason = "Laporan kantor dikirim lewat surat " + UUID.randomUUID();
        UUID delivery = reported(report(Auth.dinsos(), story.intervention(),
                Deliveries.with(Deliveries.units(1), "onBehalfReason", reason)));

        JsonPath view = deliveryView(story.intervention(), delivery);
        assertThat(view.getBoolean("onBehalf")).as("reported on behalf of the office").isTrue();
        assertThat(view.getString("onBehalfReason")).isEqualTo("(erased)");
        assertThat(storedPayloads("intervention-" + story.intervention())).noneMatch(p -> p.contains(reason));
    }

    /** An office's intervention for a new household's need of this kind, resourced for these units. */
    private record Story(String opdCode, Household household, UUID intervention) {
    }

    private Story resourced(NeedKind kind, long units) {
        String code = Given.opdCode();
        Household h = given.household(Given.DESA, kind);
        return new Story(code, h, given.resourced(h, kind, given.office(code), new Quantity(null, units)));
    }

    private static Map<String, Object> delivery(String description, String photo) {
        Map<String, Object> b = new HashMap<>(Deliveries.units(1));
        b.put("description", description);
        Map<String, Object> evidence = new HashMap<>(Deliveries.evidence());
        if (photo != null) evidence.put("photoReference", photo);
        b.put("evidence", evidence);
        return b;
    }

    private static JsonPath deliveryView(UUID intervention, UUID delivery) {
        return get(Auth.dinsos(), "/interventions/" + intervention + "/deliveries/" + delivery).statusCode(200)
                .extract().jsonPath();
    }

    private static void awaitStanding(UUID household, String standing) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> standing.equals(
                get(Auth.dinsos(), "/households/" + household + "/needs").extract().path("standing")));
    }

    private static void merge(Household duplicate, UUID survivor) throws Exception {
        registry(duplicate.id(), HouseholdMergedV1.CE_TYPE, 1,
                new HouseholdMergedV1(duplicate.id().toString(), duplicate.desa(), survivor.toString(), 1, now()));
    }

    private static void erase(Household h) throws Exception {
        registry(h.id(), HouseholdErasedV1.CE_TYPE, 1, new HouseholdErasedV1(h.id().toString(), h.desa(), 1, now()));
    }

    private static void registry(UUID household, String type, long sequence, Object payload) throws Exception {
        CloudEventSender.send(RegistryTopics.HOUSEHOLD, "household-" + household, UUID.randomUUID().toString(), type,
                RegistryTopics.SOURCE, sequence, JSON.writeValueAsString(payload));
    }

    private static String now() {
        return Instant.now().toString();
    }

    private List<String> storedPayloads(String stream) {
        List<String> out = new ArrayList<>();
        pool.preparedQuery("SELECT payload::text FROM events WHERE stream_id = $1").execute(Tuple.of(stream))
                .await().atMost(Duration.ofSeconds(10)).forEach(r -> out.add(r.getString(0)));
        return out;
    }

    private long keysOf(UUID subject) {
        return pool.preparedQuery("SELECT count(*) FROM subject_keys WHERE wrapped_key IS NOT NULL AND subject_id = $1")
                .execute(Tuple.of(subject))
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
    }
}
