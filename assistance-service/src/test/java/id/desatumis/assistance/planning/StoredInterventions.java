package id.desatumis.assistance.planning;

import id.desatumis.assistance.application.InterventionAggregate;
import id.desatumis.assistance.domain.Delivery;
import id.desatumis.assistance.domain.Evidence;
import id.desatumis.assistance.domain.Intervention;
import id.desatumis.assistance.domain.InterventionEvent;
import id.desatumis.assistance.domain.Interventions;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.Plan;
import id.desatumis.assistance.domain.Quantity;
import id.desatumis.assistance.domain.Source;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.kit.eventstore.EventStore;
import id.desatumis.kit.eventstore.StoredEvent;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * What other parts of the service do to an intervention, done here through the aggregate as they do it, for what
 * planning must see: an office's unplanned delivery (the guard's other kind of prior assistance), partner-service's
 * answer to a reservation request. Also reads a stream's stored event types. A bean of the tests.
 */
@Singleton
public class StoredInterventions {

    private static final EventMetadata OFFICE = new EventMetadata("staf-dpupr", "opd", "test", null, null, "/desatumis/assistance");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final AggregateStore aggregates;
    private final InterventionAggregate interventions;
    private final EventStore events;
    private final Pool pool;

    public StoredInterventions(AggregateStore aggregates, InterventionAggregate interventions, EventStore events, Pool pool) {
        this.aggregates = aggregates;
        this.interventions = interventions;
        this.events = events;
        this.pool = pool;
    }

    /** The office's own programme gave the household (or member) this kind on that day; the intervention's id. */
    UUID unplannedDelivery(UUID householdId, UUID memberId, NeedKind kind, String desa, UUID actor, LocalDate on) {
        UUID id = UUID.randomUUID();
        Plan plan = new Plan(null, householdId, memberId, kind, desa, actor, null, Source.ownProgramme("programme"),
                new Quantity(null, 1L), List.of(), null, null, null);
        Delivery delivery = new Delivery(UUID.randomUUID(), on, "given", new Quantity(null, 1L), null,
                new Evidence("BAST/1", null, null), "staf-dpupr", null);
        change(id, s -> Interventions.recordUnplanned(s, id, plan, delivery, on));
        return id;
    }

    /** partner-service's answer to the intervention's waiting request. */
    void answered(UUID interventionId, boolean confirmed, String reason) {
        change(interventionId, s -> Interventions.reservationAnswered(s, s.pendingRequest(), confirmed, reason));
    }

    /** The responsible actor reported the whole plan delivered today. */
    void delivered(UUID interventionId) {
        change(interventionId, s -> Interventions.deliver(s, new Delivery(UUID.randomUUID(), LocalDate.now(), "done",
                s.plan().amount(), null, new Evidence("BAST/2", null, null), "staf-dpupr", null), LocalDate.now()));
    }

    /** The types of the stream's stored events, in order. */
    List<String> types(String streamId) {
        return events.readStream(pool, streamId).await().atMost(WAIT).stream().map(StoredEvent::type).toList();
    }

    private void change(UUID interventionId, Function<Intervention, List<InterventionEvent>> decision) {
        pool.withTransaction(tx -> aggregates.lockAndLoad(tx, interventions, interventionId)
                .chain((Loaded<Intervention> loaded) -> aggregates.append(tx, interventions, loaded,
                        decision.apply(loaded.state()), OFFICE))).await().atMost(WAIT);
    }
}
