package id.desatumis.partner.application.views;

import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.AggregateType;
import id.desatumis.kit.eventstore.EventFeed;
import id.desatumis.kit.eventstore.FeedPosition;
import id.desatumis.kit.eventstore.StoredEvent;
import id.desatumis.partner.config.ViewSettings;
import id.desatumis.partner.persistence.views.EventStamp;
import id.desatumis.partner.persistence.views.ViewCheckpoint;
import id.desatumis.partner.persistence.views.ViewCheckpoints;
import id.desatumis.partner.persistence.views.ViewRows;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Projects the service's own events into the query-side read models: reads the next batch past the checkpoint in
 * the store's order ({@link EventFeed}), decodes it, and applies it in ONE Hibernate Reactive transaction together
 * with the checkpoint, so the rows and the checkpoint move together or not at all. The checkpoint row is locked
 * first and must still be where the batch was read from: a pass that lost the race (another instance, a test's pass)
 * applies nothing. Each row's stream version is the second guard, should a batch ever be applied again (a checkpoint
 * set back).
 *
 * <p>Must run on a safe Vert.x duplicated context (Hibernate Reactive keeps its session there): {@link ProjectorLoop}
 * gives each pass its own.
 */
@ApplicationScoped
public class ReadModelProjector {

    public static final String PROJECTION = "partner-views";

    private static final Logger LOG = Logger.getLogger(ReadModelProjector.class);

    /** What one pass did: the events applied, and whether more may be waiting already (a full batch, a lost race). */
    public record Pass(int applied, boolean more) {
        static final Pass IDLE = new Pass(0, false);
    }

    private final Pool pool;
    private final EventFeed feed;
    private final AggregateStore aggregates;
    private final ProjectedTypes types;
    private final ViewProjections projections;
    private final ViewCheckpoints checkpoints;
    private final ViewSettings settings;
    private final Clock clock;
    private final Set<String> unknownTypesLogged = ConcurrentHashMap.newKeySet();

    public ReadModelProjector(Pool pool, EventFeed feed, AggregateStore aggregates, ProjectedTypes types,
                              ViewProjections projections, ViewCheckpoints checkpoints, ViewSettings settings, Clock clock) {
        this.pool = pool;
        this.feed = feed;
        this.aggregates = aggregates;
        this.types = types;
        this.projections = projections;
        this.checkpoints = checkpoints;
        this.settings = settings;
        this.clock = clock;
    }

    /** Applies the next batch past the checkpoint, if any. */
    public Uni<Pass> pass() {
        // the checkpoint is read afresh each pass (a key lookup): one set back by an operator is followed at once
        return Panache.withSession(() -> checkpoints.read(PROJECTION)).map(ViewCheckpoint::position)
                .chain(position -> feed.next(pool, position, settings.batchSize())
                        .chain(batch -> batch.isEmpty() ? Uni.createFrom().item(Pass.IDLE)
                                : decode(batch).chain(decoded -> apply(position, batch, decoded))));
    }

    private Uni<Pass> apply(FeedPosition from, List<StoredEvent> batch, List<Object> decoded) {
        StoredEvent last = batch.get(batch.size() - 1);
        FeedPosition to = FeedPosition.of(last);
        return Panache.withTransaction(() -> checkpoints.lock(PROJECTION).chain(checkpoint -> {
            if (!checkpoint.position().equals(from)) return Uni.createFrom().item(new Pass(0, true));
            ViewRows.Wanted wanted = new ViewRows.Wanted();
            decoded.forEach(e -> {
                if (e != null) projections.want(e, wanted);
            });
            return Panache.getSession().chain(session -> ViewRows.load(session, wanted).chain(rows -> {
                for (int i = 0; i < batch.size(); i++) {
                    StoredEvent stored = batch.get(i);
                    if (decoded.get(i) != null) {
                        projections.apply(decoded.get(i), new EventStamp(stored.version(), stored.recordedAt()), rows);
                    }
                }
                checkpoint.movePast(to, last.recordedAt(), batch.size(), OffsetDateTime.now(clock));
                return session.persistAll(rows.created().toArray());
            })).replaceWith(new Pass(batch.size(), batch.size() >= settings.batchSize()));
        }));
    }

    /** The batch decoded, event by event; null for an event this projection does not read. */
    private Uni<List<Object>> decode(List<StoredEvent> batch) {
        Map<StoredEvent, Object> decoded = new IdentityHashMap<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (AggregateType<?, ?> type : types.all()) {
            List<StoredEvent> readable = batch.stream()
                    .filter(e -> type.category().equals(e.streamType()) && declared(type, e)).toList();
            if (readable.isEmpty()) continue;
            chain = chain.chain(() -> decodeWith(type, readable).invoke(events -> {
                for (int i = 0; i < readable.size(); i++) decoded.put(readable.get(i), events.get(i));
            })).replaceWithVoid();
        }
        return chain.map(v -> {
            List<Object> out = new ArrayList<>(batch.size());
            batch.forEach(e -> out.add(decoded.get(e)));
            return out;
        });
    }

    private <S, E> Uni<List<Object>> decodeWith(AggregateType<S, E> type, List<StoredEvent> events) {
        return aggregates.decodeAll(pool, type, events).map(ArrayList::new);
    }

    /** A stored type no declaration knows is passed over (a tolerant reader), and said once. */
    private boolean declared(AggregateType<?, ?> type, StoredEvent e) {
        if (type.eventTypes().named(e.type()).isPresent()) return true;
        if (unknownTypesLogged.add(e.streamType() + "/" + e.type())) {
            LOG.warnf("read models: stored event type %s of %s is not projected (first seen at %s)", e.type(),
                    e.streamType(), e.streamId());
        }
        return false;
    }
}
