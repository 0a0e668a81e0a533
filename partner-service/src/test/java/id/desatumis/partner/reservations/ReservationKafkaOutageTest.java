package id.desatumis.partner.reservations;

import id.desatumis.contracts.partner.ReservationConfirmedV1;
import id.desatumis.partner.domain.Amounts;
import id.desatumis.partner.reservations.Assistance.Intervention;
import id.desatumis.partner.reservations.ReservationAnswers.Answer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static id.desatumis.partner.reservations.ReservationFixtures.PATIENCE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kafka taken away while requests wait (some consumed and answered as it goes, some on the topic, some still in
 * assistance's producer): once it is back every request is answered, each exactly once.
 */
@QuarkusTest
@TestProfile(ReservationKafkaOutageTest.OwnKafka.class)
class ReservationKafkaOutageTest {

    public static class OwnKafka implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OwnKafkaResource.class, Map.of("database", "partner")));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Inject
    ReservationFixtures fixtures;

    @Test
    void requestsWaitingWhileKafkaIsStoppedAreAllAnsweredOnceWhenItIsBack() throws Exception {
        String bootstrap = OwnKafkaResource.kafka.bootstrapServers();
        Assistance.topicExists(bootstrap);
        UUID pledge = fixtures.pledge(fixtures.partner(), new Amounts(null, 100L));
        List<Future<RecordMetadata>> pending = new CopyOnWriteArrayList<>();
        ExecutorService assistance = Executors.newSingleThreadExecutor();
        try (var producer = producer(bootstrap)) {
            Assistance waiting = new Assistance((topic, key, id, type, source, seq, payload) ->
                    pending.add(producer.send(record(topic, key, id, type, source, seq, payload))));
            List<UUID> before = send(waiting, pledge, 10);
            producer.flush();
            try (var answers = new ReservationAnswers(bootstrap)) {
                answers.await(before, PATIENCE);
            }

            List<UUID> atTheStop = send(waiting, pledge, 20);
            producer.flush();
            OwnKafkaResource.kafka.stop();
            pending.clear();
            // sent from assistance's own thread: a producer that lost the topic's metadata with Kafka blocks in send()
            // until Kafka is back (it did, 60 s a record, on a loaded machine), and must not hold back the restart
            Future<List<UUID>> sending = assistance.submit(() -> send(waiting, pledge, 20));
            await().atMost(PATIENCE).until(() -> given().get("/q/health/ready").statusCode() == 503);
            assertThat(pending).as("held by the producer while Kafka is away").noneMatch(Future::isDone);

            OwnKafkaResource.kafka.start();
            List<UUID> during = sending.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            for (Future<RecordMetadata> f : pending) f.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            List<UUID> all = new ArrayList<>(before);
            all.addAll(atTheStop);
            all.addAll(during);
            try (var answers = new ReservationAnswers(bootstrap)) {
                Map<UUID, List<Answer>> answered = answers.await(all, PATIENCE);
                assertThat(answered.values()).allSatisfy(a -> {
                    assertThat(a).extracting(Answer::eventId).as("one answer (a copy sent twice is the same event)")
                            .containsOnly(a.get(0).eventId());
                    assertThat(a.get(0).type()).isEqualTo(ReservationConfirmedV1.CE_TYPE);
                });
            }
            assertThat(all).allSatisfy(id -> assertThat(fixtures.storedTypes(id)).containsExactly("ReservationMade"));
            assertThat(fixtures.balance(pledge).reserved().units()).isEqualTo(50);
        } finally {
            assistance.shutdownNow();
        }
    }

    private static List<UUID> send(Assistance assistance, UUID pledge, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            assistance.request(new Intervention(), id, null, pledge, null, 1L);
        }
        return ids;
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 300_000,
                ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new StringSerializer());
    }

    /** A CloudEvent in binary mode, as a relay writes it. */
    private static ProducerRecord<String, String> record(String topic, String key, String id, String type, String source,
                                                         long sequence, String payload) {
        var r = new ProducerRecord<>(topic, key, payload);
        Map.of("ce_specversion", "1.0", "ce_id", id, "ce_type", type, "ce_source", source, "ce_subject", key,
                        "ce_time", Instant.now().toString(), "ce_sequence", Long.toString(sequence))
                .forEach((name, value) -> r.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        return r;
    }
}
