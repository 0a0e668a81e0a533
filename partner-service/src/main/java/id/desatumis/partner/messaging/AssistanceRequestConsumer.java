package id.desatumis.partner.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.kit.api.ServiceIdentity;
import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.kit.inbox.BatchProjection;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.kit.inbox.Inbox;
import id.desatumis.partner.application.ReservationSaga;
import id.desatumis.partner.application.ReservationSaga.Step;
import id.desatumis.partner.application.ReservationSupplies;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;
import java.util.Optional;

/**
 * assistance-service's reservation requests, releases and consumes ({@code desatumis.assistance.intervention.v1}),
 * a poll's batch at a time in one transaction (platform-kit's {@link Inbox}): each event applied once per
 * intervention stream, however often delivered; the answers go out through the outbox.
 */
@ApplicationScoped
public class AssistanceRequestConsumer {

    static final String CONSUMER = "partner.reservations";

    private final Inbox inbox;
    private final ReservationSaga saga;
    private final ObjectMapper mapper;
    private final ServiceIdentity service;

    public AssistanceRequestConsumer(Inbox inbox, ReservationSaga saga, ObjectMapper mapper, ServiceIdentity service) {
        this.inbox = inbox;
        this.saga = saga;
        this.mapper = mapper;
        this.service = service;
    }

    @Incoming("assistance-intervention")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return inbox.apply(CONSUMER, records, new Batch());
    }

    /** One poll's batch: what its locks were taken for is kept between the two phases of its transaction. */
    private final class Batch implements BatchProjection<Step> {

        private ReservationSupplies.Prepared prepared;

        @Override
        public Optional<Step> read(ConsumedEvent event) {
            return SagaSteps.of(event, mapper);
        }

        @Override
        public Uni<Void> beforeFirstWrite(SqlConnection tx, List<Change<Step>> batch) {
            return saga.prepare(tx, steps(batch)).invoke(p -> prepared = p).replaceWithVoid();
        }

        @Override
        public Uni<Void> apply(SqlConnection tx, List<Change<Step>> fresh) {
            return saga.apply(tx, prepared, steps(fresh), fresh.stream().map(c -> metadata(c.event())).toList());
        }
    }

    private static List<Step> steps(List<BatchProjection.Change<Step>> changes) {
        return changes.stream().map(BatchProjection.Change::change).toList();
    }

    /**
     * An answer's metadata: the requesting service as the actor, the request's correlation id, and the request as
     * the cause, so an auditor follows each answer back to what asked for it.
     */
    private EventMetadata metadata(ConsumedEvent request) {
        return new EventMetadata(request.source() == null ? "assistance" : request.source(), "service",
                request.correlationId(), request.id().toString(), null, service.source());
    }
}
