package id.desatumis.assistance.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assistance.application.ReservationAnswers;
import id.desatumis.assistance.application.ReservationAnswers.Answer;
import id.desatumis.kit.api.ServiceIdentity;
import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.kit.inbox.BatchProjection;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.kit.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;
import java.util.Optional;

/**
 * partner-service's answers on {@code desatumis.partner.reservation.v1} (key {@code reservation-<requestId>}), a
 * poll's batch at a time in one transaction (platform-kit's {@link Inbox}): each answer applied once, however often
 * delivered; what they change is published through the outbox.
 */
@ApplicationScoped
public class ReservationAnswerConsumer {

    static final String CONSUMER = "assistance.reservation-answers";

    private final Inbox inbox;
    private final ReservationAnswers answers;
    private final ObjectMapper mapper;
    private final ServiceIdentity service;

    public ReservationAnswerConsumer(Inbox inbox, ReservationAnswers answers, ObjectMapper mapper,
                                     ServiceIdentity service) {
        this.inbox = inbox;
        this.answers = answers;
        this.mapper = mapper;
        this.service = service;
    }

    @Incoming("partner-reservations")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return inbox.apply(CONSUMER, records, new Batch());
    }

    private final class Batch implements BatchProjection<Answer> {

        @Override
        public Optional<Answer> read(ConsumedEvent event) {
            return ReservationAnswerReader.of(event, mapper);
        }

        @Override
        public Uni<Void> beforeFirstWrite(SqlConnection tx, List<Change<Answer>> batch) {
            return answers.lock(tx, answersOf(batch));
        }

        @Override
        public Uni<Void> apply(SqlConnection tx, List<Change<Answer>> fresh) {
            return answers.apply(tx, answersOf(fresh), fresh.stream().map(c -> metadata(c.event())).toList());
        }
    }

    private static List<Answer> answersOf(List<BatchProjection.Change<Answer>> changes) {
        return changes.stream().map(BatchProjection.Change::change).toList();
    }

    /**
     * What an answer changes is recorded with partner-service as the actor, the answer's correlation id, and the
     * answer as the cause, so an auditor follows each change back to the answer and from there to the request.
     */
    private EventMetadata metadata(ConsumedEvent answer) {
        return new EventMetadata(answer.source() == null ? "partner" : answer.source(), "service",
                answer.correlationId(), answer.id().toString(), null, service.source());
    }
}
