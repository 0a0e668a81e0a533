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
                .map(stored -> Household.fold(stored.stream().map(codec::decode).toList()));
    }

    public Uni<Long> append(SqlConnection tx, UUID householdId, long expectedVersion, List<HouseholdEvent> events,
                            EventMetadata metadata) {
        return store.append(tx, streamAppend(householdId, expectedVersion, events, metadata)).map(result -> result.version());
    }

    /** Events for two households, appended atomically (both or neither). */
    public Uni<Void> appendBoth(SqlConnection tx, Household.State first, List<HouseholdEvent> firstEvents,
                                UUID secondId, long secondExpected, List<HouseholdEvent> secondEvents, EventMetadata metadata) {
        List<StreamAppend> appends = new java.util.ArrayList<>();
        appends.add(streamAppend(first.householdId(), first.version(), firstEvents, metadata));
        if (!secondEvents.isEmpty()) {
            appends.add(streamAppend(secondId, secondExpected, secondEvents, metadata));
        }
        return store.appendAll(tx, appends).replaceWithVoid();
    }

    private StreamAppend streamAppend(UUID householdId, long expectedVersion, List<HouseholdEvent> events, EventMetadata metadata) {
        return new StreamAppend(HouseholdEventCodec.streamId(householdId), HouseholdEventCodec.STREAM_TYPE,
                expectedVersion, events.stream().map(codec::encode).toList(), metadata);
    }
}
