package id.desatumis.assistance.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assistance.application.HouseholdLocks;
import id.desatumis.assistance.application.HouseholdNews;
import id.desatumis.assistance.application.HouseholdNewsBatch;
import id.desatumis.kit.api.ServiceIdentity;
import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.kit.inbox.BatchProjection;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.kit.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Other services' household events, a poll's batch at a time in one transaction (platform-kit's {@link Inbox}: each
 * event applied once per stream however often delivered), read as news of households ({@link AssessmentNews},
 * {@link RegistryNews}) and handed to {@link HouseholdNewsBatch}. An id that is not one makes the event malformed: the
 * channel stops on it, loudly.
 */
@Singleton
public class HouseholdNewsConsumer {

    static final String ASSESSMENT_CONSUMER = "assistance.needs";
    static final String REGISTRY_CONSUMER = "assistance.registry";
    private static final Logger LOG = Logger.getLogger(HouseholdNewsConsumer.class);

    /** How one channel reads an event: null for a type it does not use. */
    private interface Reader {
        HouseholdNews of(ConsumedEvent event, ObjectMapper mapper, String projection);
    }

    private final Inbox inbox;
    private final HouseholdNewsBatch batch;
    private final ServiceIdentity service;
    private final ObjectMapper mapper;

    public HouseholdNewsConsumer(Inbox inbox, HouseholdNewsBatch batch, ServiceIdentity service, ObjectMapper mapper) {
        this.inbox = inbox;
        this.batch = batch;
        this.service = service;
        this.mapper = mapper;
    }

    @Incoming("assessment-needs")
    public Uni<Void> fromAssessments(ConsumerRecords<String, String> records) {
        return inbox.apply(ASSESSMENT_CONSUMER, records, new Batch(AssessmentNews::of, "the needs from assessments"));
    }

    @Incoming("registry-households")
    public Uni<Void> fromRegistry(ConsumerRecords<String, String> records) {
        return inbox.apply(REGISTRY_CONSUMER, records, new Batch(RegistryNews::of, "the registry's household news"));
    }

    static UUID id(String value) {
        return UUID.fromString(value);
    }

    /** One poll's batch: the locks its first phase took are kept for its second. */
    private final class Batch implements BatchProjection<HouseholdNews> {

        private final Reader reader;
        private final String projection;
        private HouseholdLocks.Locked locked;

        Batch(Reader reader, String projection) {
            this.reader = reader;
            this.projection = projection;
        }

        @Override
        public Optional<HouseholdNews> read(ConsumedEvent event) {
            try {
                return Optional.ofNullable(reader.of(event, mapper, projection));
            } catch (IllegalArgumentException | NullPointerException badValue) {
                LOG.errorf("malformed %s event %s (%s): %s stops until it is fixed", event.type(), event.id(),
                        badValue.getMessage(), projection);
                throw new ConsumedEvent.MalformedEvent("malformed " + event.type() + " " + event.id(), badValue);
            }
        }

        @Override
        public Uni<Void> beforeFirstWrite(SqlConnection tx, List<Change<HouseholdNews>> known) {
            return batch.prepare(tx, known.stream().map(Change::change).toList()).invoke(l -> locked = l).replaceWithVoid();
        }

        @Override
        public Uni<Void> apply(SqlConnection tx, List<Change<HouseholdNews>> fresh) {
            return batch.apply(tx, locked, fresh.stream().map(Change::change).toList(),
                    fresh.stream().map(c -> metadata(c.event())).toList());
        }
    }

    /** The service that told it as the actor, its correlation id, and its event as the cause. */
    private EventMetadata metadata(ConsumedEvent event) {
        return new EventMetadata(event.source() == null ? "unknown" : event.source(), "service", event.correlationId(),
                event.id().toString(), null, service.source());
    }
}
