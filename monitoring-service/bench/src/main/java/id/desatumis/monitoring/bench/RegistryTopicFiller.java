package id.desatumis.monitoring.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.registry.HouseholdRegisteredV1;
import id.desatumis.contracts.registry.MemberAddedV1;
import id.desatumis.contracts.registry.RegistryTopics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fills the registry's household topic as registry-service's relay would (CloudEvents binary mode, the stream id as
 * key, ce_sequence the stream version): each household a HouseholdRegisteredV1 of two members and then MemberAddedV1
 * events, spread over twenty desa. Sent asynchronously (the driver is not what is measured), acknowledged by all.
 */
final class RegistryTopicFiller {

    static final int EVENTS_PER_HOUSEHOLD = 4;
    static final int MEMBERS_REGISTERED = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    private RegistryTopicFiller() {
    }

    /** Writes {@code households} households ({@link #EVENTS_PER_HOUSEHOLD} events each); returns the events sent. */
    static long fill(String bootstrap, int households) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024), new StringSerializer(), new StringSerializer())) {
            long sent = 0;
            for (int h = 0; h < households; h++) {
                UUID household = UUID.randomUUID();
                String desa = String.format("33.14.%02d.2001", 1 + h % 20);
                String now = Instant.now().toString();
                List<HouseholdRegisteredV1.Member> members = new ArrayList<>();
                for (int m = 0; m < MEMBERS_REGISTERED; m++) {
                    members.add(new HouseholdRegisteredV1.Member(UUID.randomUUID().toString(), m == 0 ? "M" : "F", "25-59", m == 0));
                }
                send(producer, household, 1, HouseholdRegisteredV1.CE_TYPE,
                        new HouseholdRegisteredV1(household.toString(), desa, MEMBERS_REGISTERED, members, now, 3));
                for (long v = 2; v <= EVENTS_PER_HOUSEHOLD; v++) {
                    send(producer, household, v, MemberAddedV1.CE_TYPE, new MemberAddedV1(household.toString(), desa,
                            new HouseholdRegisteredV1.Member(UUID.randomUUID().toString(), "F", "7-12", false), now));
                }
                sent += EVENTS_PER_HOUSEHOLD;
            }
            producer.flush();
            return sent;
        }
    }

    private static void send(KafkaProducer<String, String> producer, UUID household, long sequence, String type,
                             Object payload) throws Exception {
        String stream = "household-" + household;
        var record = new ProducerRecord<>(RegistryTopics.HOUSEHOLD, stream, JSON.writeValueAsString(payload));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", type);
        header(record, "ce_source", RegistryTopics.SOURCE);
        header(record, "ce_subject", stream);
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_sequence", Long.toString(sequence));
        producer.send(record, (metadata, failure) -> {
            if (failure != null) throw new IllegalStateException("not acknowledged: " + failure.getMessage(), failure);
        });
    }

    private static void header(ProducerRecord<String, String> r, String name, String value) {
        r.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}
