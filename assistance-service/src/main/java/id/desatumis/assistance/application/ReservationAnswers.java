package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.Intervention;
import id.desatumis.assistance.domain.InterventionEvent;
import id.desatumis.assistance.domain.Interventions;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.AggregateStore.Change;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.eventstore.EventMetadata;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

/**
 * partner-service's answers to this service's reservation requests and consumes, a batch at a time in the consumer's
 * transaction: every intervention the batch names is locked in one call before anything is written, then loaded, the
 * answers decided in order (each sees the ones before it), and every intervention's events appended in one call,
 * each intervention's with the answer that caused them. An answer for an intervention this service does not know
 * (another system's on the shared topic) changes nothing.
 */
@ApplicationScoped
public class ReservationAnswers {

    /** One answer of partner-service, as this service reads it. */
    public sealed interface Answer permits ReservationAnswer, ConsumeAnswer {
        UUID interventionId();
    }

    /** The answer to a reservation request: confirmed, or refused with partner-service's reason code. */
    public record ReservationAnswer(UUID interventionId, UUID requestId, boolean confirmed, String reason)
            implements Answer {
    }

    /** The answer to a delivery's consume: applied, or refused with partner-service's reason code. */
    public record ConsumeAnswer(UUID interventionId, UUID requestId, UUID deliveryId, boolean consumed, String reason)
            implements Answer {
    }

    private final AggregateStore aggregates;
    private final InterventionAggregate interventions;

    public ReservationAnswers(AggregateStore aggregates, InterventionAggregate interventions) {
        this.aggregates = aggregates;
        this.interventions = interventions;
    }

    /**
     * Locks every intervention the answers name, in one call: the first thing the transaction does. Redelivered
     * answers count too (locking more than needed is harmless).
     */
    public Uni<Void> lock(SqlConnection tx, List<Answer> answers) {
        TreeSet<String> streams = new TreeSet<>();
        answers.forEach(a -> streams.add(interventions.streamId(a.interventionId())));
        return streams.isEmpty() ? Uni.createFrom().voidItem() : aggregates.lock(tx, List.copyOf(streams));
    }

    /**
     * Decides the answers not applied before, in order, under the locks {@link #lock} took, and appends what they
     * change; {@code causes} holds one metadata per answer (its actor, correlation and cause).
     */
    public Uni<Void> apply(SqlConnection tx, List<Answer> fresh, List<EventMetadata> causes) {
        if (fresh.isEmpty()) return Uni.createFrom().voidItem();
        return loadAll(tx, fresh).map(loaded -> decide(loaded, fresh, causes))
                .chain(changes -> changes.isEmpty() ? Uni.createFrom().voidItem()
                        : aggregates.appendAll(tx, changes, causes.get(0)).replaceWithVoid());
    }

    private Uni<Map<UUID, Loaded<Intervention>>> loadAll(SqlConnection tx, List<Answer> answers) {
        List<UUID> ids = answers.stream().map(Answer::interventionId).distinct().toList();
        // issued together: the connection pipelines them, one round trip for the lot rather than one each
        List<Uni<Loaded<Intervention>>> loads = ids.stream().map(id -> aggregates.load(tx, interventions, id)).toList();
        return Uni.join().all(loads).andFailFast().map(all -> {
            Map<UUID, Loaded<Intervention>> out = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) out.put(ids.get(i), all.get(i));
            return out;
        });
    }

    private List<Change<?, ?>> decide(Map<UUID, Loaded<Intervention>> loaded, List<Answer> fresh,
                                      List<EventMetadata> causes) {
        Map<UUID, Intervention> current = new HashMap<>();
        loaded.forEach((id, l) -> current.put(id, l.state()));
        Map<UUID, List<InterventionEvent>> decided = new LinkedHashMap<>();
        Map<UUID, EventMetadata> causeOf = new HashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            Answer answer = fresh.get(i);
            Intervention now = current.get(answer.interventionId());
            List<InterventionEvent> events = decideOne(now, answer);
            if (events.isEmpty()) continue;
            for (InterventionEvent e : events) now = Intervention.evolve(now, e);
            current.put(answer.interventionId(), now);
            decided.computeIfAbsent(answer.interventionId(), id -> new ArrayList<>()).addAll(events);
            causeOf.merge(answer.interventionId(), causes.get(i), ReservationAnswers::commonCause);
        }
        List<Change<?, ?>> changes = new ArrayList<>();
        decided.forEach((id, events) -> changes.add(new Change<>(interventions, loaded.get(id), events, causeOf.get(id))));
        return changes;
    }

    private static List<InterventionEvent> decideOne(Intervention now, Answer answer) {
        if (answer instanceof ReservationAnswer r) {
            return Interventions.reservationAnswered(now, r.requestId(), r.confirmed(), r.reason());
        }
        ConsumeAnswer c = (ConsumeAnswer) answer;
        return Interventions.consumeAnswered(now, c.requestId(), c.deliveryId(), c.consumed(), c.reason());
    }

    /**
     * The metadata of an intervention's events when several answers of one batch changed it (a confirmation and a
     * consume's answer): their actor and correlation, and no single cause.
     */
    private static EventMetadata commonCause(EventMetadata a, EventMetadata b) {
        if (a.equals(b)) return a;
        String correlation = Objects.equals(a.correlationId(), b.correlationId()) ? a.correlationId() : null;
        return new EventMetadata(a.actorSubject(), a.actorRole(), correlation, null, null, a.source());
    }
}
