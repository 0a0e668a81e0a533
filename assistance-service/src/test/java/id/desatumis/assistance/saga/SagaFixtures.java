package id.desatumis.assistance.saga;

import id.desatumis.assistance.application.InterventionAggregate;
import id.desatumis.assistance.domain.Intervention;
import id.desatumis.assistance.domain.InterventionEvent;
import id.desatumis.assistance.domain.Interventions;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.Plan;
import id.desatumis.assistance.domain.Quantity;
import id.desatumis.assistance.domain.Source;
import id.desatumis.assistance.domain.SourceType;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.AggregateStore.Change;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.kit.eventstore.EventStore;
import id.desatumis.kit.eventstore.StoredEvent;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Interventions for the saga's tests, written as the plan's use case writes them (another part builds it): the
 * domain's plan and resource decisions appended through the kit's pipeline in one transaction, which writes the
 * interventions' row too. Later steps (a delivery, a verification...) are the domain's decisions appended the same way.
 */
@ApplicationScoped
public class SagaFixtures {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String DESA = "33.14.07.2003";
    static final EventMetadata STAFF = new EventMetadata("test-dinsos", "dinsos", "test", null, null, AssistanceTopics.SOURCE);

    /** An intervention planned by the fixture, and what its reservation request named. */
    record Planned(UUID interventionId, UUID requestId, UUID needId, UUID householdId, UUID actorId, UUID pledgeId,
                   Plan plan) {

        String stream() {
            return "intervention-" + interventionId;
        }
    }

    private final Pool pool;
    private final AggregateStore aggregates;
    private final InterventionAggregate interventions;
    private final EventStore store;

    public SagaFixtures(Pool pool, AggregateStore aggregates, InterventionAggregate interventions, EventStore store)
            throws Exception {
        // the answers' topic, as partner-service would have created it, before any test plays an answer
        PartnerAnswers.topicExists();
        this.pool = pool;
        this.aggregates = aggregates;
        this.interventions = interventions;
        this.store = store;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Jakarta"));
    }

    /** A house repaired from a pledge: planned and its reservation requested, in one transaction. */
    Planned fromPledge() {
        UUID pledgeId = UUID.randomUUID();
        Plan plan = plan(Source.pledge(pledgeId), new Quantity(null, 1L));
        return planAndResource(plan, pledgeId);
    }

    /** A house repaired from a budget line: planned and resourced at once (its commitment is the budget part's). */
    Planned fromBudget() {
        Plan plan = plan(Source.budget(SourceType.APBD, UUID.randomUUID(), "1.04.01.2.01"), Quantity.ofRupiah(25_000_000L));
        return planAndResource(plan, null);
    }

    static Plan plan(Source source, Quantity amount) {
        UUID household = UUID.randomUUID();
        UUID need = UUID.randomUUID();
        return new Plan(need, household, null, NeedKind.HOUSE_REPAIR, DESA, UUID.randomUUID(), null, source, amount,
                List.of(), today().plusMonths(3), "MD/" + DESA + "/2026/" + need.toString().substring(0, 6), null);
    }

    /** The plan and its resourcing, appended in one transaction. */
    Planned planAndResource(Plan plan, UUID pledgeId) {
        UUID interventionId = UUID.randomUUID();
        UUID requestId = UUID.randomUUID();
        List<InterventionEvent> planned = Interventions.plan(Intervention.NONE, interventionId, plan, today());
        Intervention after = fold(Intervention.NONE, planned);
        List<InterventionEvent> events = new ArrayList<>(planned);
        events.addAll(Interventions.resource(after, requestId));
        append(interventionId, events);
        return new Planned(interventionId, requestId, plan.needId(), plan.householdId(), plan.actorId(), pledgeId, plan);
    }

    /** A decision on the intervention as it stands now, appended under its lock (as a use case would). */
    void decide(UUID interventionId, Function<Intervention, List<InterventionEvent>> decision) {
        pool.withTransaction(tx -> aggregates.lockAndLoad(tx, interventions, interventionId)
                .chain(loaded -> aggregates.append(tx, interventions, loaded, decision.apply(loaded.state()), STAFF)))
                .await().atMost(PATIENCE);
    }

    /** Appends the first events of a new intervention. */
    void append(UUID interventionId, List<InterventionEvent> events) {
        Loaded<Intervention> fresh = aggregates.fresh(interventions, interventionId);
        pool.withTransaction(tx -> aggregates.lock(tx, List.of(fresh.streamId()))
                        .chain(() -> aggregates.appendAll(tx, List.of(new Change<>(interventions, fresh, events)), STAFF)))
                .await().atMost(PATIENCE);
    }

    Intervention state(UUID interventionId) {
        return aggregates.load(pool, interventions, interventionId).await().atMost(PATIENCE).state();
    }

    /** The intervention's events, decoded, in order. */
    List<InterventionEvent> history(UUID interventionId) {
        return pool.withTransaction(tx -> aggregates.lockedHistory(tx, interventions, interventionId))
                .await().atMost(PATIENCE).events();
    }

    /** The stored types of the intervention's stream, in order. */
    List<String> stored(UUID interventionId) {
        return store.readStream(pool, "intervention-" + interventionId).await().atMost(PATIENCE).stream()
                .map(StoredEvent::type).toList();
    }

    /** The stored events of the intervention's stream, in order. */
    List<StoredEvent> storedEvents(UUID interventionId) {
        return store.readStream(pool, "intervention-" + interventionId).await().atMost(PATIENCE);
    }

    private static Intervention fold(Intervention from, List<InterventionEvent> events) {
        Intervention s = from;
        for (InterventionEvent e : events) s = Intervention.evolve(s, e);
        return s;
    }
}
