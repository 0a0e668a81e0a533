package id.desatumis.assistance.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assistance.application.InterventionAggregate;
import id.desatumis.assistance.domain.Confirmation;
import id.desatumis.assistance.domain.Intervention;
import id.desatumis.assistance.domain.InterventionEvent;
import id.desatumis.assistance.domain.InterventionEvent.DeliveryDisputed;
import id.desatumis.assistance.domain.InterventionEvent.DeliveryReported;
import id.desatumis.assistance.domain.InterventionEvent.DeliveryVerified;
import id.desatumis.assistance.domain.InterventionEvent.DisputeResolved;
import id.desatumis.assistance.domain.InterventionEvent.InterventionCancelled;
import id.desatumis.assistance.domain.InterventionEvent.InterventionPlanned;
import id.desatumis.assistance.domain.InterventionEvent.InterventionResourced;
import id.desatumis.assistance.domain.InterventionEvent.ReservationConsumeRequested;
import id.desatumis.assistance.domain.InterventionEvent.ReservationRejected;
import id.desatumis.assistance.domain.InterventionEvent.ReservationReleaseRequested;
import id.desatumis.assistance.domain.InterventionEvent.ReservationRequested;
import id.desatumis.assistance.domain.InterventionEvent.ReservationTimedOut;
import id.desatumis.assistance.domain.InterventionEvent.SourceChanged;
import id.desatumis.assistance.domain.InterventionEvent.UnplannedDeliveryRecorded;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.assistance.DeliveryDisputedV1;
import id.desatumis.contracts.assistance.DeliveryReportedV1;
import id.desatumis.contracts.assistance.DeliveryVerifiedV1;
import id.desatumis.contracts.assistance.DisputeResolvedV1;
import id.desatumis.contracts.assistance.InterventionCancelledV1;
import id.desatumis.contracts.assistance.InterventionPlannedV1;
import id.desatumis.contracts.assistance.InterventionReservationRejectedV1;
import id.desatumis.contracts.assistance.InterventionResourcedV1;
import id.desatumis.contracts.assistance.InterventionSourceChangedV1;
import id.desatumis.contracts.assistance.ReservationConsumeRequestedV1;
import id.desatumis.contracts.assistance.ReservationReleaseRequestedV1;
import id.desatumis.contracts.assistance.ReservationRequestedV1;
import id.desatumis.contracts.assistance.ReservationTimedOutV1;
import id.desatumis.contracts.assistance.UnplannedDeliveryRecordedV1;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.eventstore.StoredEvent;
import id.desatumis.kit.outbox.PublicRecord;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.Set;

import static id.desatumis.assistance.messaging.InterventionContracts.date;
import static id.desatumis.assistance.messaging.InterventionContracts.name;
import static id.desatumis.assistance.messaging.InterventionContracts.positive;
import static id.desatumis.assistance.messaging.InterventionContracts.rupiah;
import static id.desatumis.assistance.messaging.InterventionContracts.text;
import static id.desatumis.assistance.messaging.InterventionContracts.units;

/**
 * What assistance-service publishes of interventions, on {@link AssistanceTopics#INTERVENTION} (key
 * {@code intervention-<interventionId>}): the whole life of each, and the reservation requests partner-service
 * answers. No personal data and no free text: reasons, a delivery's description, the photo's storage reference and who
 * reported or recorded stay here (who acted is in the stored metadata). A late answer and a consume's answer are this
 * service's own record, not published.
 */
@Singleton
public class InterventionPublicEvents extends AssistanceCatalog<Intervention, InterventionEvent> {

    private final PlannedRequests planned;

    public InterventionPublicEvents(AggregateStore aggregates, Pool pool, InterventionAggregate interventions,
                                    ObjectMapper mapper) {
        super(aggregates, pool, interventions.forPublishing(), Set.of("InterventionPlanned", "UnplannedDeliveryRecorded",
                "SourceChanged", "ReservationRequested", "InterventionResourced", "ReservationRejected",
                "ReservationTimedOut", "ReservationReleaseRequested", "DeliveryReported", "ReservationConsumeRequested",
                "DeliveryVerified", "DeliveryDisputed", "DisputeResolved", "InterventionCancelled"), mapper);
        this.planned = new PlannedRequests(aggregates, pool, interventions.forPublishing());
    }

    @Override
    protected Optional<PublicRecord> map(StoredEvent stored, InterventionEvent event) {
        String at = recordedAt(stored);
        String id = event.interventionId().toString();
        if (event instanceof InterventionPlanned e) {
            planned.remember(e.interventionId(), e.plan());
            return publish(InterventionPlannedV1.CE_TYPE, InterventionContracts.planned(e, at));
        }
        if (event instanceof UnplannedDeliveryRecorded e) return publish(UnplannedDeliveryRecordedV1.CE_TYPE, InterventionContracts.unplanned(e, at));
        if (event instanceof SourceChanged e) {
            return publish(InterventionSourceChangedV1.CE_TYPE, new InterventionSourceChangedV1(id,
                    name(e.source() == null ? null : e.source().type()), e.source() == null ? null : text(e.source().pledgeId()),
                    e.source() == null ? null : text(e.source().budgetLineId()),
                    e.source() == null ? null : e.source().budgetCode(), at));
        }
        if (event instanceof ReservationRequested e) return publish(ReservationRequestedV1.CE_TYPE, planned.request(e, at));
        if (event instanceof DeliveryReported e) return publish(DeliveryReportedV1.CE_TYPE, InterventionContracts.reported(e, at));
        if (event instanceof InterventionResourced e) {
            return publish(InterventionResourcedV1.CE_TYPE, new InterventionResourcedV1(id, text(e.requestId()), text(e.budgetLineId()),
                    rupiah(e.amount()), units(e.amount()), at));
        }
        if (event instanceof ReservationRejected e) {
            return publish(InterventionReservationRejectedV1.CE_TYPE, new InterventionReservationRejectedV1(id, text(e.requestId()), e.reason(), at));
        }
        if (event instanceof ReservationTimedOut e) {
            return publish(ReservationTimedOutV1.CE_TYPE, new ReservationTimedOutV1(id, text(e.requestId()), at));
        }
        if (event instanceof ReservationReleaseRequested e) {
            return publish(ReservationReleaseRequestedV1.CE_TYPE, new ReservationReleaseRequestedV1(text(e.requestId()), id, e.reason(), at));
        }
        if (event instanceof ReservationConsumeRequested e) {
            return publish(ReservationConsumeRequestedV1.CE_TYPE, new ReservationConsumeRequestedV1(text(e.requestId()), id, text(e.deliveryId()),
                    positive(rupiah(e.amount())), positive(units(e.amount())), e.finalDelivery(), at));
        }
        if (event instanceof DeliveryVerified e) {
            Confirmation c = e.confirmation();
            return publish(DeliveryVerifiedV1.CE_TYPE, new DeliveryVerifiedV1(id, text(e.deliveryId()), c == null ? null : name(c.confirmedBy()),
                    c == null ? null : name(c.method()), c == null ? null : date(c.confirmedOn()), at));
        }
        if (event instanceof DeliveryDisputed e) {
            return publish(DeliveryDisputedV1.CE_TYPE, new DeliveryDisputedV1(id, text(e.deliveryId()), name(e.ground()), at));
        }
        if (event instanceof DisputeResolved e) {
            return publish(DisputeResolvedV1.CE_TYPE, new DisputeResolvedV1(id, text(e.deliveryId()), name(e.resolution()), at));
        }
        if (event instanceof InterventionCancelled e) {
            return publish(InterventionCancelledV1.CE_TYPE, new InterventionCancelledV1(id, e.cause(), at));
        }
        return Optional.empty();
    }
}
