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

    /** The household's assessments and the stream version they were folded at (the ETag). */
    public record Loaded(UUID householdId, HouseholdAssessments.State state, long version) {
        public Loaded then(List<AssessmentEvent> events) {
            return new Loaded(householdId, HouseholdAssessments.fold(state, events), version + events.size());
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
        return store.readStream(client, AssessmentEventCodec.streamId(householdId)).map(stored -> new Loaded(householdId,
                HouseholdAssessments.fold(stored.stream().map(codec::decode).toList()), stored.size()));
    }

    /** Locks, then loads: for a command. */
    public Uni<Loaded> lockedLoad(SqlConnection tx, UUID householdId) {
        return lock(tx, householdId).chain(() -> load(tx, householdId));
    }

    /** Appends the decided events; the empty decision (a resubmission) writes nothing. */
    public Uni<Loaded> append(SqlConnection tx, Loaded before, List<AssessmentEvent> events, EventMetadata metadata) {
        if (events.isEmpty()) return Uni.createFrom().item(before);
        var append = new StreamAppend(AssessmentEventCodec.streamId(before.householdId()), AssessmentEventCodec.STREAM_TYPE,
                before.version(), codec.encode(events), metadata);
        return store.append(tx, append).map(result -> before.then(events));
    }
}
