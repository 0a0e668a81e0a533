package id.desatumis.assistance.application;

import id.desatumis.assistance.config.ReservationSettings;
import id.desatumis.assistance.domain.InterventionEvent;
import id.desatumis.assistance.domain.Interventions;
import id.desatumis.assistance.persistence.InterventionIndex;
import id.desatumis.assistance.persistence.InterventionIndex.Waiting;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.api.ServiceIdentity;
import id.desatumis.kit.eventstore.EventMetadata;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Reservation requests partner-service has not answered within {@code desatumis.reservation.timeout} are given up: a
 * periodic sweep finds them in the interventions' table and times each out in its own transaction under its stream's
 * lock, so an answer being applied at the same moment is either before the timeout (and applied) or after it (and
 * recorded as late, never applied). Timing out also asks for the release, so what partner-service reserves when it
 * reads the request later goes back to the pledge.
 */
@ApplicationScoped
public class ReservationTimeouts {

    private static final Logger LOG = Logger.getLogger(ReservationTimeouts.class);

    private final InterventionIndex index;
    private final AggregateStore aggregates;
    private final InterventionAggregate interventions;
    private final Pool pool;
    private final Vertx vertx;
    private final Clock clock;
    private final ReservationSettings settings;
    private final String source;
    private volatile boolean stopped;
    private volatile long timer = -1;

    public ReservationTimeouts(InterventionIndex index, AggregateStore aggregates, InterventionAggregate interventions,
                               Pool pool, Vertx vertx, Clock clock, ReservationSettings settings,
                               ServiceIdentity service) {
        this.index = index;
        this.aggregates = aggregates;
        this.interventions = interventions;
        this.pool = pool;
        this.vertx = vertx;
        this.clock = clock;
        this.settings = settings;
        this.source = service.source();
    }

    void onStart(@Observes StartupEvent event) {
        next(settings.sweepInterval().toMillis());
    }

    void onStop(@Observes ShutdownEvent event) {
        stopped = true;
        vertx.cancelTimer(timer);
    }

    /**
     * The next look, once this one is done (so two never overlap): at once after a full batch, for the backlog an
     * outage of partner-service can leave; after the interval otherwise.
     */
    private void next(long delayMillis) {
        if (stopped) return;
        timer = vertx.setTimer(delayMillis, id -> sweep().subscribe().with(n -> {
            if (n > 0) LOG.infof("reservations: %d requests timed out after %s", n, settings.timeout());
            next(n == settings.sweepBatchSize() ? 1 : settings.sweepInterval().toMillis());
        }, e -> {
            LOG.warnf("reservation timeout sweep failed: %s", e.getMessage());
            next(settings.sweepInterval().toMillis());
        }));
    }

    /** Times out up to a batch of the requests waiting since before now less the timeout; how many. */
    public Uni<Integer> sweep() {
        OffsetDateTime before = OffsetDateTime.now(clock).minus(settings.timeout());
        return index.waitingSince(pool, before, settings.sweepBatchSize()).chain(due -> {
            Uni<Integer> timedOut = Uni.createFrom().item(0);
            for (Waiting w : due) {
                timedOut = timedOut.chain(n -> timeOut(w).map(done -> done ? n + 1 : n));
            }
            return timedOut;
        });
    }

    private Uni<Boolean> timeOut(Waiting waiting) {
        EventMetadata metadata = EventMetadata.system(source, "reservation-timeout-" + waiting.requestId());
        return pool.withTransaction(tx -> aggregates.lockAndLoad(tx, interventions, waiting.interventionId())
                .chain(loaded -> {
                    List<InterventionEvent> events = Interventions.timeOut(loaded.state(), waiting.requestId());
                    return aggregates.append(tx, interventions, loaded, events, metadata).replaceWith(!events.isEmpty());
                }));
    }
}
