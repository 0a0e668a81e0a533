package id.desatumis.partner.application;

import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.api.ServiceIdentity;
import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.partner.config.PledgeSettings;
import id.desatumis.partner.domain.Pledges;
import id.desatumis.partner.persistence.PledgeBalances;
import id.desatumis.kit.time.PeriodicSweep;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Pledges expire by schedule once their last day has passed (in Sragen's time, the kit's clock): a periodic sweep
 * finds them in the balances and appends PledgeExpired to each, one transaction per pledge under its stream lock, so
 * a reservation in flight is either before the expiry or refused after it. What is reserved stays reserved.
 */
@ApplicationScoped
public class PledgeExpiry {

    private static final Logger LOG = Logger.getLogger(PledgeExpiry.class);

    private final PledgeBalances balances;
    private final AggregateStore aggregates;
    private final PledgeAggregate pledges;
    private final Pool pool;
    private final Clock clock;
    private final PledgeSettings settings;
    private final String source;
    private final PeriodicSweep schedule;

    public PledgeExpiry(PledgeBalances balances, AggregateStore aggregates, PledgeAggregate pledges, Pool pool, Vertx vertx,
                        Clock clock, PledgeSettings settings, ServiceIdentity service) {
        this.balances = balances;
        this.aggregates = aggregates;
        this.pledges = pledges;
        this.pool = pool;
        this.clock = clock;
        this.settings = settings;
        this.source = service.source();
        this.schedule = new PeriodicSweep(vertx, settings.expiryInterval(), this::sweep, LOG, "pledges: %d expired",
                "pledge expiry");
    }

    void onStart(@Observes StartupEvent event) {
        schedule.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        schedule.stop();
    }

    /** Expires every pledge whose period ended before today; how many. */
    public Uni<Integer> sweep() {
        LocalDate today = LocalDate.now(clock);
        return round(today, 0);
    }

    private Uni<Integer> round(LocalDate today, int sofar) {
        return balances.dueToExpire(pool, today, settings.expiryBatchSize()).chain(due -> {
            Uni<Integer> expired = Uni.createFrom().item(0);
            for (UUID pledgeId : due) {
                expired = expired.chain(n -> expire(pledgeId, today).map(done -> done ? n + 1 : n));
            }
            // another round only while a full one expired something: a pledge the domain keeps cannot loop it
            return expired.chain(n -> due.size() == settings.expiryBatchSize() && n > 0
                    ? round(today, sofar + n) : Uni.createFrom().item(sofar + n));
        });
    }

    private Uni<Boolean> expire(UUID pledgeId, LocalDate today) {
        EventMetadata metadata = EventMetadata.system(source, "pledge-expiry-" + today);
        return pool.withTransaction(tx -> aggregates.lockAndLoad(tx, pledges, pledgeId).chain(loaded -> {
            var events = Pledges.expire(loaded.state(), today);
            return aggregates.append(tx, pledges, loaded, events, metadata).replaceWith(!events.isEmpty());
        }));
    }
}
