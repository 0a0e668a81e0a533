package id.desatumis.assessment.application;

import id.desatumis.assessment.domain.AssessmentEvent;
import id.desatumis.assessment.domain.HouseholdAssessments;
import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.kit.eventstore.EventStore;
import id.desatumis.kit.eventstore.StreamAppend;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Loads a household's assessments by folding its stream, and appends new events to it. */
@ApplicationScoped
public class AssessmentRepository {

    /**
     * The household's assessments and the stream version they were folded at (the ETag). An erased household's
     * stream still has its events, sealed under a key that no longer exists: it folds to nothing, marked erased.
     */
    public record Loaded(UUID householdId, HouseholdAssessments.State state, long version, boolean erased, byte[] key) {
        public Loaded then(List<AssessmentEvent> events) {
            return new Loaded(householdId, HouseholdAssessments.fold(state, events), version + events.size(), erased, key);
        }
    }

    private final EventStore store;
    private final AssessmentEventCodec codec;

    public AssessmentRepository(EventStore store, AssessmentEventCodec codec) {
        this.store = store;
        this.codec = codec;
    }

    /** Takes the household's stream lock; must come before the transaction's first write. */
    public Uni<Void> lock(SqlConnection tx, UUID householdId) {
        return store.lock(tx, List.of(AssessmentEventCodec.streamId(householdId)));
    }

    public Uni<Loaded> load(SqlClient client, UUID householdId) {
        return store.readStream(client, AssessmentEventCodec.streamId(householdId))
                .chain(stored -> codec.decode(client, householdId, stored).map(opened -> new Loaded(householdId,
                        HouseholdAssessments.fold(opened.events()), stored.size(), opened.erased(), opened.key())));
    }

    /** Locks, then loads: for a command. */
    public Uni<Loaded> lockedLoad(SqlConnection tx, UUID householdId) {
        return lock(tx, householdId).chain(() -> load(tx, householdId));
    }

    /**
     * Appends the decided events, sealed under the household's key (made here on its first events: a write, so the
     * caller holds the stream lock already); the empty decision (a resubmission) writes nothing.
     */
    public Uni<Loaded> append(SqlConnection tx, Loaded before, List<AssessmentEvent> events, EventMetadata metadata) {
        if (events.isEmpty()) return Uni.createFrom().item(before);
        return codec.encode(tx, before.householdId(), before.key(), events)
                .map(encoded -> new StreamAppend(AssessmentEventCodec.streamId(before.householdId()),
                        AssessmentEventCodec.STREAM_TYPE, before.version(), encoded, metadata))
                .chain(append -> store.append(tx, append)).map(result -> before.then(events));
    }
}
