package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.Intervention;
import id.desatumis.assistance.domain.InterventionEvent;
import id.desatumis.assistance.domain.InterventionEvent.DeliveryDisputed;
import id.desatumis.assistance.domain.InterventionEvent.DeliveryReported;
import id.desatumis.assistance.domain.InterventionEvent.DeliveryVerified;
import id.desatumis.assistance.domain.InterventionEvent.DisputeResolved;
import id.desatumis.assistance.domain.InterventionEvent.InterventionCancelled;
import id.desatumis.assistance.domain.InterventionEvent.InterventionPlanned;
import id.desatumis.assistance.domain.InterventionEvent.InterventionResourced;
import id.desatumis.assistance.domain.InterventionEvent.LateReservationAnswer;
import id.desatumis.assistance.domain.InterventionEvent.ReservationConsumeAnswered;
import id.desatumis.assistance.domain.InterventionEvent.ReservationConsumeRequested;
import id.desatumis.assistance.domain.InterventionEvent.ReservationRejected;
import id.desatumis.assistance.domain.InterventionEvent.ReservationReleaseRequested;
import id.desatumis.assistance.domain.InterventionEvent.ReservationRequested;
import id.desatumis.assistance.domain.InterventionEvent.ReservationTimedOut;
import id.desatumis.assistance.domain.InterventionEvent.SourceChanged;
import id.desatumis.assistance.domain.InterventionEvent.UnplannedDeliveryRecorded;
import id.desatumis.assistance.persistence.InterventionIndex;
import id.desatumis.kit.aggregate.AggregateType;
import id.desatumis.kit.aggregate.EventTypes;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.aggregate.PayloadSealing;
import id.desatumis.kit.crypto.SubjectKeys;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An intervention as the kit's pipeline stores it (stream {@code intervention-<interventionId>}), with its row of
 * {@code interventions} written in the same transaction (every change of a batch in one round trip). Its free texts
 * (a delivery's description and photo reference, the reasons staff give) are sealed under its household's key.
 */
@ApplicationScoped
public class InterventionAggregate implements AggregateType<Intervention, InterventionEvent> {

    public static final String CATEGORY = "intervention";

    static final EventTypes<InterventionEvent> TYPES = EventTypes.of(InterventionEvent.class)
            .type("InterventionPlanned", 1, InterventionPlanned.class)
            .type("UnplannedDeliveryRecorded", 1, UnplannedDeliveryRecorded.class)
            .type("ReservationRequested", 1, ReservationRequested.class)
            .type("InterventionResourced", 1, InterventionResourced.class)
            .type("ReservationRejected", 1, ReservationRejected.class)
            .type("ReservationTimedOut", 1, ReservationTimedOut.class)
            .type("ReservationReleaseRequested", 1, ReservationReleaseRequested.class)
            .type("LateReservationAnswer", 1, LateReservationAnswer.class)
            .type("DeliveryReported", 1, DeliveryReported.class)
            .type("ReservationConsumeRequested", 1, ReservationConsumeRequested.class)
            .type("ReservationConsumeAnswered", 1, ReservationConsumeAnswered.class)
            .type("DeliveryVerified", 1, DeliveryVerified.class)
            .type("DeliveryDisputed", 1, DeliveryDisputed.class)
            .type("DisputeResolved", 1, DisputeResolved.class)
            .type("InterventionCancelled", 1, InterventionCancelled.class)
            .type("SourceChanged", 1, SourceChanged.class)
            .build();

    private final InterventionIndex index;
    private final PayloadSealing sealing;

    public InterventionAggregate(InterventionIndex index, SubjectKeys keys) {
        this.index = index;
        this.sealing = new HouseholdTextSealing(keys, this::householdsOf);
    }

    @Override
    public String category() {
        return CATEGORY;
    }

    @Override
    public Intervention initial() {
        return Intervention.NONE;
    }

    @Override
    public Intervention evolve(Intervention state, InterventionEvent event) {
        return Intervention.evolve(state, event);
    }

    @Override
    public EventTypes<InterventionEvent> eventTypes() {
        return TYPES;
    }

    @Override
    public PayloadSealing sealing() {
        return sealing;
    }

    /** The interventions as the relay reads them: no contract carries a free text, so none is opened. */
    public AggregateType<Intervention, InterventionEvent> forPublishing() {
        return openedWith(HouseholdTextSealing.UNOPENED);
    }

    /** The households of interventions whose plan was stored before (from the inline model, this transaction's too). */
    private Uni<Map<String, UUID>> householdsOf(SqlClient client, List<String> streamIds) {
        Map<UUID, String> streams = new HashMap<>();
        streamIds.forEach(s -> streams.put(UUID.fromString(s.substring(CATEGORY.length() + 1)), s));
        return index.householdsOf(client, streams.keySet()).map(found -> {
            Map<String, UUID> out = new HashMap<>();
            found.forEach((intervention, household) -> out.put(streams.get(intervention), household));
            return out;
        });
    }

    @Override
    public Uni<Void> updateInlineModels(SqlConnection tx, Loaded<Intervention> after, List<InterventionEvent> events) {
        return updateInlineModels(tx, List.of(new Changed<>(after, events)));
    }

    @Override
    public Uni<Void> updateInlineModels(SqlConnection tx, List<Changed<Intervention, InterventionEvent>> changes) {
        return index.save(tx, changes.stream()
                .filter(c -> c.after().state().exists())
                .map(c -> new InterventionIndex.Entry(c.after().state(), c.after().version()))
                .toList());
    }
}
