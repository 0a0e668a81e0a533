package id.desatumis.registry.application;

import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.kit.eventstore.EventStore;
import id.desatumis.kit.eventstore.StreamAppend;
import id.desatumis.registry.domain.Household;
import id.desatumis.registry.domain.HouseholdEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Loads a household by folding its stream, and appends its new events. */
@ApplicationScoped
public class HouseholdRepository {

    private final EventStore store;
    private final HouseholdEventCodec codec;

    public HouseholdRepository(EventStore store, HouseholdEventCodec codec) {
        this.store = store;
        this.codec = codec;
    }

    public Uni<Household.State> load(SqlClient client, UUID householdId) {
        return store.readStream(client, HouseholdEventCodec.streamId(householdId))
                .chain(stored -> codec.decode(client, stored))
                .map(Household::fold);
    }

    /** The household's events, read under its stream lock: for a command that needs the history, not just the state. */
    public Uni<List<HouseholdEvent>> lockedHistory(SqlConnection tx, UUID householdId) {
        String stream = HouseholdEventCodec.streamId(householdId);
        return store.lock(tx, List.of(stream))
                .chain(() -> store.readStream(tx, stream))
                .chain(stored -> codec.decode(tx, stored));
    }

    public Uni<Long> append(SqlConnection tx, UUID householdId, long expectedVersion, List<HouseholdEvent> events,
                            EventMetadata metadata) {
        return store.lock(tx, List.of(HouseholdEventCodec.streamId(householdId)))
                .chain(() -> streamAppend(tx, householdId, expectedVersion, events, metadata))
                .chain(append -> store.append(tx, append)).map(result -> result.version());
    }

    /** Events for two households, appended atomically (both or neither). */
    public Uni<Void> appendBoth(SqlConnection tx, Household.State first, List<HouseholdEvent> firstEvents,
                                UUID secondId, long secondExpected, List<HouseholdEvent> secondEvents, EventMetadata metadata) {
        List<String> streams = secondEvents.isEmpty() ? List.of(HouseholdEventCodec.streamId(first.householdId()))
                : List.of(HouseholdEventCodec.streamId(first.householdId()), HouseholdEventCodec.streamId(secondId));
        Uni<List<StreamAppend>> appends = store.lock(tx, streams)
                .chain(() -> streamAppend(tx, first.householdId(), first.version(), firstEvents, metadata))
                .chain(a -> secondEvents.isEmpty() ? Uni.createFrom().item(List.of(a))
                        : streamAppend(tx, secondId, secondExpected, secondEvents, metadata).map(b -> List.of(a, b)));
        return appends.chain(list -> store.appendAll(tx, list)).replaceWithVoid();
    }

    /** Seals the events (making data keys for new subjects: a write, so the caller holds the stream locks already). */
    private Uni<StreamAppend> streamAppend(SqlConnection tx, UUID householdId, long expectedVersion,
                                           List<HouseholdEvent> events, EventMetadata metadata) {
        return codec.encode(tx, events).map(encoded -> new StreamAppend(HouseholdEventCodec.streamId(householdId),
                HouseholdEventCodec.STREAM_TYPE, expectedVersion, encoded, metadata));
    }
}
