package id.desatumis.assistance.messaging;

import id.desatumis.assistance.domain.Intervention;
import id.desatumis.assistance.domain.InterventionEvent;
import id.desatumis.assistance.domain.InterventionEvent.ReservationRequested;
import id.desatumis.assistance.domain.Plan;
import id.desatumis.contracts.assistance.ReservationRequestedV1;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.AggregateType;
import io.vertx.mutiny.sqlclient.SqlClient;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static id.desatumis.assistance.messaging.InterventionContracts.name;
import static id.desatumis.assistance.messaging.InterventionContracts.positive;
import static id.desatumis.assistance.messaging.InterventionContracts.rupiah;
import static id.desatumis.assistance.messaging.InterventionContracts.text;
import static id.desatumis.assistance.messaging.InterventionContracts.units;

/**
 * A reservation request as partner-service reads it names the need, its kind and desa, which the stored request
 * leaves to the intervention's plan. The relay maps a plan before the requests that follow it, so the plans it has just
 * mapped are remembered (a bounded few); a request whose plan was mapped before a restart reads the plan from its
 * stream. The request names the plan's pledge and no partner: partner-service serves a named pledge from its own
 * partner, and the responsible actor need not be the pledge's partner.
 */
final class PlannedRequests {

    private static final int REMEMBERED = 10_000;
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final AggregateStore aggregates;
    private final SqlClient client;
    private final AggregateType<Intervention, InterventionEvent> interventions;
    private final Map<UUID, Plan> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Plan> eldest) {
            return size() > REMEMBERED;
        }
    };

    PlannedRequests(AggregateStore aggregates, SqlClient client, AggregateType<Intervention, InterventionEvent> interventions) {
        this.aggregates = aggregates;
        this.client = client;
        this.interventions = interventions;
    }

    synchronized void remember(UUID interventionId, Plan plan) {
        recent.put(interventionId, plan);
    }

    /** Runs on the relay's own thread, never an event loop: reading a plan from the database may wait. */
    ReservationRequestedV1 request(ReservationRequested e, String at) {
        // a plan not found (null) or without a need is published as far as it is known: a request that throws here
        // would stop the relay for every stream of the service
        Plan plan = planOf(e.interventionId());
        return new ReservationRequestedV1(text(e.requestId()), e.interventionId().toString(),
                plan == null ? null : text(plan.needId()), plan == null ? null : name(plan.kind()),
                plan == null ? null : plan.desaCode(), null, text(e.pledgeId()),
                positive(rupiah(e.amount())), positive(units(e.amount())), at);
    }

    private Plan planOf(UUID interventionId) {
        synchronized (this) {
            Plan plan = recent.get(interventionId);
            if (plan != null) return plan;
        }
        Plan plan = aggregates.load(client, interventions, interventionId).await().atMost(READ_TIMEOUT).state().plan();
        if (plan != null) remember(interventionId, plan);
        return plan;
    }
}
