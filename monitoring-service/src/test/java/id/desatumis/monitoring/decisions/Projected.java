package id.desatumis.monitoring.decisions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assessment.NeedsIdentifiedV1;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.assistance.NeedClosedV1;
import id.desatumis.contracts.assistance.NeedIds;
import id.desatumis.contracts.partner.DecisionRecordedV1;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.devstack.CloudEventSender;
import id.desatumis.devstack.DevStack;
import id.desatumis.kit.outbox.TopicCreator;
import id.desatumis.monitoring.domain.TuntasDistance;
import id.desatumis.monitoring.persistence.ProjectionReads;
import id.desatumis.monitoring.persistence.TuntasQueries;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * What the decisions rest on, made as the other services make it: their events sent to Kafka as their relays send
 * them (a forum decision as partner-service publishes it, a household's verified needs as assessment-service does,
 * a need's closure as assistance-service does), then awaited in the live projection, read by the engine and its
 * parts. Streams are fresh ids each time, so no other test's events meet these.
 */
final class Projected {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Duration QUERY = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProjectionReads reads;
    private final TuntasQueries tuntas;

    Projected(ProjectionReads reads, TuntasQueries tuntas) {
        this.reads = reads;
        this.tuntas = tuntas;
    }

    /** In the platform the services' relays create their topics; here the test does, once. */
    static void topicsExist() throws Exception {
        TopicCreator.ensure(DevStack.shared().kafkaBootstrap(), Set.of(PartnerTopics.FORUM, AssessmentTopics.ASSESSMENT,
                AssistanceTopics.INTERVENTION), 3, (short) 1);
    }

    /** A forum decision partner-service published, under a fresh number, once the projection knows it; its number. */
    String decision(String prefix, String forumType, String areaCode, String approvesKind) {
        String forum = UUID.randomUUID().toString();
        String number = prefix + "/" + UUID.randomUUID();
        send(PartnerTopics.FORUM, "forum-" + forum, DecisionRecordedV1.CE_TYPE, PartnerTopics.SOURCE, 1,
                new DecisionRecordedV1(forum, number, "Keputusan forum", approvesKind, null, forumType, areaCode,
                        LocalDate.now().toString(), Instant.now().toString()));
        await().atMost(PATIENCE).until(() -> reads.read(c -> c.preparedQuery("SELECT 1 FROM decisions WHERE number = $1")
                .execute(Tuple.of(number)).map(rows -> rows.rowCount() == 1)).await().atMost(QUERY));
        return number;
    }

    /** A household of the desa verified poor with these needs (kind, or kind:member for a personal one); its id. */
    UUID verifiedPoor(String desaCode, String... needs) {
        UUID household = UUID.randomUUID();
        List<NeedsIdentifiedV1.Need> listed = java.util.Arrays.stream(needs).map(n -> n.contains(":")
                ? new NeedsIdentifiedV1.Need(n.substring(0, n.indexOf(':')), n.substring(n.indexOf(':') + 1))
                : new NeedsIdentifiedV1.Need(n, null)).toList();
        send(AssessmentTopics.ASSESSMENT, "assessment-" + household, NeedsIdentifiedV1.CE_TYPE, AssessmentTopics.SOURCE, 1,
                new NeedsIdentifiedV1(household.toString(), desaCode, UUID.randomUUID().toString(), "POOR", "2024.1",
                        listed, Instant.now().toString()));
        return household;
    }

    /** The household's need of that kind (a personal one: "kind:member") closed for a recorded reason, its n-th closure. */
    void closed(UUID household, String desaCode, String need, long closure) {
        String kind = need.contains(":") ? need.substring(0, need.indexOf(':')) : need;
        UUID member = need.contains(":") ? UUID.fromString(need.substring(need.indexOf(':') + 1)) : null;
        String needId = NeedIds.of(household, kind, member).toString();
        send(AssistanceTopics.INTERVENTION, "household-" + household, NeedClosedV1.CE_TYPE, AssistanceTopics.SOURCE, closure,
                new NeedClosedV1(household.toString(), needId, kind, desaCode, "REFUSED_BY_HOUSEHOLD", Instant.now().toString()));
    }

    /** A desa with one verified-poor household whose one need is closed: settled, once the projection has it. */
    void settled(String desaCode) {
        UUID household = verifiedPoor(desaCode, "FOOD_ASSISTANCE");
        closed(household, desaCode, "FOOD_ASSISTANCE", 1);
        awaitDistance(desaCode, TuntasDistance::settled);
    }

    /** Waits until the desa's distance, as the projection reads it, is so. */
    void awaitDistance(String desaCode, Predicate<TuntasDistance> until) {
        await().atMost(PATIENCE).until(() -> until.test(reads.read(c -> tuntas.distance(c, desaCode)).await().atMost(QUERY)));
    }

    /** The desa's row of desa_programme in the live projection, if any. */
    Optional<Row> programme(String desaCode) {
        return reads.read(c -> c.preparedQuery("SELECT * FROM desa_programme WHERE desa_code = $1")
                .execute(Tuple.of(desaCode))
                .map(rows -> rows.iterator().hasNext() ? Optional.of(rows.iterator().next()) : Optional.<Row>empty()))
                .await().atMost(QUERY);
    }

    private static void send(String topic, String stream, String type, String source, long sequence, Object payload) {
        try {
            CloudEventSender.send(topic, stream, UUID.randomUUID().toString(), type, source, sequence,
                    JSON.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
