package id.desatumis.kit.aggregate;

import id.desatumis.kit.eventstore.StoredEvent;
import id.desatumis.kit.outbox.PublicEventCatalog;
import id.desatumis.kit.outbox.PublicRecord;
import io.vertx.mutiny.sqlclient.SqlClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The skeleton of a catalog that publishes one aggregate's events: of a relay batch, only the events of the stored
 * types it publishes are read at all (internal ones are never opened), with one opening of their payloads for the
 * whole batch; each is then mapped to its contract by the service. An event whose subject was erased before it was
 * published is not published.
 *
 * <p>Declare a subclass {@code @Singleton}: it is built once with its constructor's dependencies, and a normal-scoped
 * proxy would need a no-args constructor this class does not have.
 *
 * @param <E> the aggregate's event family
 */
public abstract class AggregateEventCatalog<S, E> implements PublicEventCatalog {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final AggregateStore aggregates;
    private final SqlClient client;
    private final AggregateType<S, E> type;
    private final Set<String> published;

    /**
     * @param type      the aggregate as the relay reads it (its sealing may open only what the contracts need)
     * @param published the stored type names this catalog publishes; every other one is internal
     */
    protected AggregateEventCatalog(AggregateStore aggregates, SqlClient client, AggregateType<S, E> type,
                                    Set<String> published) {
        this.aggregates = aggregates;
        this.client = client;
        this.type = type;
        this.published = Set.copyOf(published);
    }

    /** The contract of one published event; empty to keep it internal after all. */
    protected abstract Optional<PublicRecord> map(StoredEvent stored, E event);

    @Override
    public final Optional<PublicRecord> toPublic(StoredEvent event) {
        return toPublic(List.of(event)).get(0);
    }

    /** Runs on the relay's own thread, never an event loop: waiting for the database is allowed. */
    @Override
    public final List<Optional<PublicRecord>> toPublic(List<StoredEvent> batch) {
        List<StoredEvent> candidates = batch.stream().filter(this::isPublished).toList();
        List<E> decoded = candidates.isEmpty() ? List.of()
                : aggregates.decodeAll(client, type, candidates).await().atMost(READ_TIMEOUT);
        List<Optional<PublicRecord>> out = new ArrayList<>(batch.size());
        int next = 0;
        for (StoredEvent e : batch) {
            if (!isPublished(e)) {
                out.add(Optional.empty());
                continue;
            }
            E event = decoded.get(next++);
            out.add(event == null ? Optional.empty() : map(e, event));
        }
        return out;
    }

    private boolean isPublished(StoredEvent e) {
        return type.category().equals(e.streamType()) && published.contains(e.type());
    }
}
