package id.desatumis.assistance.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assessment.NeedsIdentifiedV1;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Households whose verified assessment found them needing a house repaired, told to assistance-service as
 * assessment-service's relay tells it: {@code NeedsIdentified.v1} CloudEvents (binary mode) on its topic, keyed by the
 * household's assessment stream {@code assessment-<householdId>}, {@code ce_subject} that stream and
 * {@code ce_sequence} its version. Then waits until assistance-service's {@code GET /needs} lists them all.
 */
final class NeedsAnnouncer {

    private static final Duration PATIENCE = Duration.ofMinutes(10);
    /** The version a NeedsIdentified has in a household's assessment stream: submitted, classified, verified, then it. */
    private static final long SEQUENCE = 4;
    private static final String POLICY = "sragen-2026.1";

    private NeedsAnnouncer() {
    }

    /** Announces {@code perDesa} households in each desa; their needs' ids by desa, in announcement order. */
    static Map<String, List<UUID>> announce(RunningPlatform platform, Rest rest, String staff, List<String> desas,
                                            int perDesa) throws Exception {
        Map<String, Long> before = new LinkedHashMap<>();
        for (String desa : desas) before.put(desa, identified(rest, staff, desa));
        Map<String, List<UUID>> needs = new LinkedHashMap<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                platform.kafkaBootstrap(), ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < perDesa; i++) {
                for (String desa : desas) {
                    UUID household = UUID.randomUUID();
                    producer.send(record(household, desa), (metadata, e) -> {
                        if (e != null) failure.compareAndSet(null, e);
                    });
                    needs.computeIfAbsent(desa, d -> new ArrayList<>()).add(needId(household));
                }
            }
            producer.flush();
        }
        if (failure.get() != null) throw failure.get();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (String desa : desas) {
            while (identified(rest, staff, desa) < before.get(desa) + perDesa) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("assistance-service did not list the needs of " + desa + " within " + PATIENCE);
                }
                Thread.sleep(200); // another process's progress: nothing to wait on instead
            }
        }
        return needs;
    }

    /** The need's id as assistance-service derives it (NeedId.of): household, kind and no member. */
    static UUID needId(UUID household) {
        return UUID.nameUUIDFromBytes(("need:" + household + ":" + ProgrammeSetup.KIND + ":-").getBytes(StandardCharsets.UTF_8));
    }

    private static long identified(Rest rest, String staff, String desa) throws Exception {
        return rest.get(RunningPlatform.ASSISTANCE_URL + "/needs?desa=" + desa + "&status=IDENTIFIED&size=1", staff)
                .path("total").asLong();
    }

    private static ProducerRecord<String, String> record(UUID household, String desa) throws JsonProcessingException {
        String stream = "assessment-" + household;
        var needs = new NeedsIdentifiedV1(household.toString(), desa, UUID.randomUUID().toString(), "EXTREME_POOR", POLICY,
                List.of(new NeedsIdentifiedV1.Need(ProgrammeSetup.KIND, null)), Instant.now().toString());
        var r = new ProducerRecord<>(AssessmentTopics.ASSESSMENT, stream, Rest.JSON.writeValueAsString(needs));
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", NeedsIdentifiedV1.CE_TYPE,
                        "ce_source", AssessmentTopics.SOURCE, "ce_subject", stream, "ce_time", Instant.now().toString(),
                        "ce_sequence", Long.toString(SEQUENCE))
                .forEach((name, value) -> r.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        return r;
    }
}
