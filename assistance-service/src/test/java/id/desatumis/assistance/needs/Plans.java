package id.desatumis.assistance.needs;

import id.desatumis.assistance.application.HouseholdAggregate;
import id.desatumis.assistance.application.InterventionAggregate;
import id.desatumis.assistance.domain.Delivery;
import id.desatumis.assistance.domain.Evidence;
import id.desatumis.assistance.domain.HouseholdEvent;
import id.desatumis.assistance.domain.HouseholdNeeds;
import id.desatumis.assistance.domain.Intervention;
import id.desatumis.assistance.domain.InterventionEvent;
import id.desatumis.assistance.domain.Interventions;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.NeedsOfHousehold;
import id.desatumis.assistance.domain.Plan;
import id.desatumis.assistance.domain.Quantity;
import id.desatumis.assistance.domain.Source;
import id.desatumis.assistance.domain.SourceType;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.AggregateStore.Change;
import id.desatumis.kit.eventstore.EventMetadata;
import io.vertx.mutiny.sqlclient.Pool;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Plans a household's need as the lead's plan use case does (the intervention's and the household's events in one
 * transaction, both streams locked first), on a budget line so that it is resourced at once; and reports a delivery.
 */
final class Plans {

    private static final EventMetadata ACTOR = new EventMetadata("staf-dinsos", "dinsos", "test", null, null, "/desatumis/assistance");

    private final AggregateStore aggregates;
    private final HouseholdAggregate households;
    private final InterventionAggregate interventions;
    private final Pool pool;

    Plans(AggregateStore aggregates, HouseholdAggregate households, InterventionAggregate interventions, Pool pool) {
        this.aggregates = aggregates;
        this.households = households;
        this.interventions = interventions;
        this.pool = pool;
    }

    /** Plans the need and resources it; answers the intervention's id. */
    UUID plan(UUID householdId, UUID needId, NeedKind kind, UUID memberId, String desa) {
        UUID interventionId = UUID.randomUUID();
        LocalDate today = LocalDate.now();
        Plan plan = new Plan(needId, householdId, memberId, kind, desa, UUID.randomUUID(), null,
                Source.budget(SourceType.APBD, UUID.randomUUID(), "1.06.01"), new Quantity(15_000_000L, 1L), List.of(),
                today.plusMonths(3), "MD/" + desa + "/2026/001", null);
        run(householdId, interventionId, (household, intervention) -> {
            List<InterventionEvent> events = new ArrayList<>(Interventions.plan(intervention, interventionId, plan, today));
            events.addAll(Interventions.resource(interventions.fold(intervention, events), UUID.randomUUID()));
            return new Decided(HouseholdNeeds.plan(household, needId, interventionId), events);
        });
        return interventionId;
    }

    /** Reports the whole plan delivered. */
    void deliver(UUID householdId, UUID interventionId) {
        Delivery delivery = new Delivery(UUID.randomUUID(), LocalDate.now(), "rumah diperbaiki", new Quantity(15_000_000L, 1L),
                null, new Evidence("BAST/2026/001", null, null), "staf-dpupr", null);
        run(householdId, interventionId, (household, intervention) ->
                new Decided(List.of(), Interventions.deliver(intervention, delivery, LocalDate.now())));
    }

    private record Decided(List<HouseholdEvent> household, List<InterventionEvent> intervention) {
    }

    private interface Decision {
        Decided decide(NeedsOfHousehold household, Intervention intervention);
    }

    private void run(UUID householdId, UUID interventionId, Decision decision) {
        pool.withTransaction(tx -> aggregates.lock(tx, List.of(households.streamId(householdId),
                        interventions.streamId(interventionId)))
                .chain(() -> aggregates.load(tx, households, householdId))
                .chain(household -> aggregates.load(tx, interventions, interventionId).chain(intervention -> {
                    Decided d = decision.decide(household.state(), intervention.state());
                    List<Change<?, ?>> changes = List.of(new Change<>(households, household, d.household()),
                            new Change<>(interventions, intervention, d.intervention()));
                    return aggregates.appendAll(tx, changes, ACTOR);
                })))
                .await().atMost(Duration.ofSeconds(30));
    }
}
