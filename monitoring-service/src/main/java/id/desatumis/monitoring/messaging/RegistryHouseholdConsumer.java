package id.desatumis.monitoring.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.registry.HouseholdRegisteredV1;
import id.desatumis.contracts.registry.MemberAddedV1;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.kit.inbox.Inbox;
import id.desatumis.monitoring.persistence.VillageSummaryStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps the village summary from the registry's household events. Ordered and idempotent: each event is
 * applied once (the inbox), an unknown type is skipped, a malformed known one stops the channel loudly.
 */
@ApplicationScoped
public class RegistryHouseholdConsumer {

    static final String CONSUMER = "monitoring.village-summary";
    private static final Logger LOG = Logger.getLogger(RegistryHouseholdConsumer.class);

    private final Inbox inbox;
    private final VillageSummaryStore summaries;
    private final ObjectMapper mapper;

    public RegistryHouseholdConsumer(Inbox inbox, VillageSummaryStore summaries, ObjectMapper mapper) {
        this.inbox = inbox;
        this.summaries = summaries;
        this.mapper = mapper;
    }

    @Incoming("registry-household")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        ConsumedEvent event = ConsumedEvent.from(record);
        return switch (event.type()) {
            case HouseholdRegisteredV1.CE_TYPE -> {
                HouseholdRegisteredV1 e = read(event, HouseholdRegisteredV1.class);
                yield apply(event, e.desaCode(), 1, e.memberCount());
            }
            case MemberAddedV1.CE_TYPE -> {
                MemberAddedV1 e = read(event, MemberAddedV1.class);
                yield apply(event, e.desaCode(), 0, 1);
            }
            default -> {
                LOG.debugf("skipping %s: not an event this projection uses", event.type());
                yield Uni.createFrom().voidItem();
            }
        };
    }

    private Uni<Void> apply(ConsumedEvent event, String desaCode, int households, int members) {
        return inbox.applyOnce(CONSUMER, event.id(), tx -> summaries.add(tx, desaCode, households, members, event.time())
                        .chain(() -> summaries.applied(tx, event.time())))
                .replaceWithVoid();
    }

    private <T> T read(ConsumedEvent event, Class<T> type) {
        try {
            T value = mapper.readValue(event.payloadJson(), type);
            if (value == null) throw new IllegalArgumentException("empty payload");
            return value;
        } catch (Exception e) {
            // an ordered projection must not skip what it cannot read: it stops here, and health reports it
            LOG.errorf("malformed %s event %s: the village summary stops until it is fixed", event.type(), event.id());
            throw new ConsumedEvent.MalformedEvent("malformed " + event.type() + " " + event.id(), e);
        }
    }
}
