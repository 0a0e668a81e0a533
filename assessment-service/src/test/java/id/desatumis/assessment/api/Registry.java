package id.desatumis.assessment.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.registry.HouseholdErasedV1;
import id.desatumis.contracts.registry.PersonErasedV1;
import id.desatumis.contracts.registry.HouseholdMergedV1;
import id.desatumis.contracts.registry.HouseholdRegisteredV1;
import id.desatumis.contracts.registry.MemberMovedOutV1;
import id.desatumis.contracts.registry.RegistryTopics;
import id.desatumis.devstack.CloudEventSender;
import id.desatumis.devstack.DevStack;
import id.desatumis.kit.outbox.TopicCreator;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Plays registry-service for these tests: writes its public household events to Kafka as its relay does, and waits
 * until assessment-service's local view has applied them.
 */
final class Registry {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A household as the registry announced it. */
    record Household(UUID id, String desaCode, List<UUID> members) {
    }

    private Registry() {
    }

    static void topicExists() throws Exception {
        TopicCreator.ensure(DevStack.shared().kafkaBootstrap(), Set.of(RegistryTopics.HOUSEHOLD), 3, (short) 1);
    }

    /** Announces a household; does not wait. */
    static Household announce(String desa, int memberCount) {
        UUID id = UUID.randomUUID();
        List<UUID> members = new ArrayList<>();
        List<HouseholdRegisteredV1.Member> published = new ArrayList<>();
        for (int i = 0; i < memberCount; i++) {
            UUID m = UUID.randomUUID();
            members.add(m);
            published.add(new HouseholdRegisteredV1.Member(m.toString(), i == 0 ? "M" : "F", "25-59", i == 0));
        }
        send(id, HouseholdRegisteredV1.CE_TYPE, 1, new HouseholdRegisteredV1(id.toString(), desa, memberCount, published,
                Instant.now().toString(), 2));
        return new Household(id, desa, members);
    }

    /** Announces a household whose ids the test chose, under the given event id (a relay may send an event twice). */
    static void announce(Household h, UUID eventId) {
        List<HouseholdRegisteredV1.Member> published = new ArrayList<>();
        for (int i = 0; i < h.members().size(); i++) {
            published.add(new HouseholdRegisteredV1.Member(h.members().get(i).toString(), "F", "25-59", i == 0));
        }
        send(h.id(), eventId, HouseholdRegisteredV1.CE_TYPE, 1, new HouseholdRegisteredV1(h.id().toString(), h.desaCode(),
                published.size(), published, Instant.now().toString(), null));
    }

    /** Announces a household and waits until the view has it. */
    static Household register(Pool pool, String desa, int memberCount) {
        Household h = announce(desa, memberCount);
        awaitStanding(pool, h.id(), "ACTIVE");
        return h;
    }

    static void merge(Pool pool, Household duplicate, UUID survivor) {
        send(duplicate.id(), HouseholdMergedV1.CE_TYPE, 2, new HouseholdMergedV1(duplicate.id().toString(), duplicate.desaCode(),
                survivor.toString(), duplicate.members().size(), Instant.now().toString()));
        awaitStanding(pool, duplicate.id(), "MERGED");
    }

    static void erase(Pool pool, Household h) {
        send(h.id(), HouseholdErasedV1.CE_TYPE, 3, new HouseholdErasedV1(h.id().toString(), h.desaCode(), h.members().size(),
                Instant.now().toString()));
        awaitStanding(pool, h.id(), "ERASED");
    }

    /** One person erased in the registry (the stream's version given: it follows the household's earlier events). */
    static void erasePerson(Pool pool, Household h, UUID member, long version) {
        send(h.id(), PersonErasedV1.CE_TYPE, version, new PersonErasedV1(h.id().toString(), h.desaCode(), member.toString(),
                Instant.now().toString()));
        await().atMost(PATIENCE).until(() -> pool.preparedQuery("SELECT count(*) FROM erasures WHERE subject_id = $1")
                .execute(Tuple.of(member)).await().indefinitely().iterator().next().getLong(0) == 1);
    }

    static void moveOut(Pool pool, Household h, UUID member) {
        send(h.id(), MemberMovedOutV1.CE_TYPE, 2, new MemberMovedOutV1(h.id().toString(), h.desaCode(), member.toString(), null,
                Instant.now().toString()));
        await().atMost(PATIENCE).until(() -> !pool.preparedQuery(
                        "SELECT present FROM registry_member WHERE household_id = $1 AND member_id = $2")
                .execute(Tuple.of(h.id(), member)).await().indefinitely().iterator().next().getBoolean("present"));
    }

    static void awaitStanding(Pool pool, UUID household, String standing) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> standing.equals(pool.preparedQuery(
                        "SELECT standing FROM registry_household WHERE household_id = $1").execute(Tuple.of(household))
                .await().indefinitely().stream().map(r -> r.getString("standing")).findFirst().orElse(null)));
    }

    private static void send(UUID household, String type, long sequence, Object payload) {
        send(household, UUID.randomUUID(), type, sequence, payload);
    }

    private static void send(UUID household, UUID eventId, String type, long sequence, Object payload) {
        try {
            CloudEventSender.send(RegistryTopics.HOUSEHOLD, "household-" + household, eventId.toString(), type,
                    RegistryTopics.SOURCE, sequence, JSON.writeValueAsString(payload));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
