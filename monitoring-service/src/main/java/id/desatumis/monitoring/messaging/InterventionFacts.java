package id.desatumis.monitoring.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.assistance.InterventionCancelledV1;
import id.desatumis.contracts.assistance.InterventionPlannedV1;
import id.desatumis.contracts.assistance.InterventionReservationRejectedV1;
import id.desatumis.contracts.assistance.InterventionResourcedV1;
import id.desatumis.contracts.assistance.InterventionSourceChangedV1;
import id.desatumis.contracts.assistance.ReservationRequestedV1;
import id.desatumis.contracts.assistance.ReservationTimedOutV1;
import id.desatumis.contracts.assistance.UnplannedDeliveryRecordedV1;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.monitoring.persistence.DeliveriesTable;
import id.desatumis.monitoring.persistence.InterventionsTable;
import id.desatumis.monitoring.persistence.NeedsTable;
import id.desatumis.monitoring.persistence.ReservationsTable;
import id.desatumis.monitoring.persistence.RowWrite;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An intervention's plan, source, supply stage and end as rows. Its reservation's consume and release requests add
 * nothing that partner-service's answers do not say: they are not read.
 */
final class InterventionFacts {

    private static final String PART = "AssistancePart";

    private InterventionFacts() {
    }

    /** The rows of an intervention's event; null for another type. */
    static RowChanges of(ConsumedEvent event, ObjectMapper mapper) {
        EventFields f = new EventFields(event);
        long v = event.sequence();
        return switch (event.type()) {
            case InterventionPlannedV1.CE_TYPE -> planned(event.payloadAs(mapper, InterventionPlannedV1.class, PART), f, v);
            case UnplannedDeliveryRecordedV1.CE_TYPE ->
                    unplanned(event.payloadAs(mapper, UnplannedDeliveryRecordedV1.class, PART), f, v);
            case InterventionSourceChangedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, InterventionSourceChangedV1.class, PART);
                UUID id = f.id("interventionId", e.interventionId());
                yield RowChanges.ofIntervention(id, new InterventionsTable.SourceChanged(id, e.sourceType(),
                        f.optionalId("pledgeId", e.pledgeId()), f.optionalId("budgetLineId", e.budgetLineId()), v));
            }
            case ReservationRequestedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, ReservationRequestedV1.class, PART);
                UUID id = f.id("interventionId", e.interventionId());
                yield RowChanges.ofIntervention(id, new InterventionsTable.Supply(id, "RESERVATION_REQUESTED", v, null),
                        new ReservationsTable.Requested(f.id("requestId", e.requestId()), id, e.kind(), e.desaCode(),
                                f.at("requestedAt", e.requestedAt())));
            }
            case InterventionResourcedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, InterventionResourcedV1.class, PART);
                UUID id = f.id("interventionId", e.interventionId());
                yield RowChanges.ofIntervention(id, new InterventionsTable.Supply(id, "RESOURCED", v,
                        f.at("resourcedAt", e.resourcedAt())));
            }
            case InterventionReservationRejectedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, InterventionReservationRejectedV1.class, PART);
                UUID id = f.id("interventionId", e.interventionId());
                yield RowChanges.ofIntervention(id, new InterventionsTable.Supply(id, "PLANNED", v, null));
            }
            case ReservationTimedOutV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, ReservationTimedOutV1.class, PART);
                UUID id = f.id("interventionId", e.interventionId());
                yield RowChanges.ofIntervention(id, new InterventionsTable.Supply(id, "PLANNED", v, null),
                        new ReservationsTable.TimedOut(f.id("requestId", e.requestId()), id,
                                f.at("timedOutAt", e.timedOutAt())));
            }
            case InterventionCancelledV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, InterventionCancelledV1.class, PART);
                UUID id = f.id("interventionId", e.interventionId());
                yield RowChanges.ofIntervention(id, new InterventionsTable.Cancelled(id, e.cause(),
                        f.at("cancelledAt", e.cancelledAt())));
            }
            default -> null;
        };
    }

    private static RowChanges planned(InterventionPlannedV1 e, EventFields f, long version) {
        Served x = Served.of(f, e.interventionId(), e.needId(), e.householdId(), e.memberId(), e.kind(), e.desaCode(),
                f.at("plannedAt", e.plannedAt()));
        return x.rows(new InterventionsTable.Planned(x.id, x.need, x.household, x.kind, x.desa,
                f.optionalId("actorId", e.actorId()), e.sourceType(), f.optionalId("pledgeId", e.pledgeId()),
                f.optionalId("budgetLineId", e.budgetLineId()), e.amountRupiah(), e.units(),
                f.optionalDate("dueDate", e.dueDate()), e.decisionNumber(), false,
                f.optionalDate("plannedOn", e.plannedOn()), x.at, version));
    }

    private static RowChanges unplanned(UnplannedDeliveryRecordedV1 e, EventFields f, long version) {
        Served x = Served.of(f, e.interventionId(), e.needId(), e.householdId(), e.memberId(), e.kind(), e.desaCode(),
                f.at("recordedAt", e.recordedAt()));
        var on = f.date("deliveredOn", e.deliveredOn());
        return x.rows(new InterventionsTable.Planned(x.id, x.need, x.household, x.kind, x.desa,
                        f.optionalId("actorId", e.actorId()), null, null, null, e.amountRupiah(), e.units(), null, null,
                        true, on, x.at, version),
                new DeliveriesTable.Reported(f.id("deliveryId", e.deliveryId()), x.id, on, e.amountRupiah(),
                        e.units(), null, false, x.at));
    }

    /**
     * Whom an intervention serves, as its first event names it, and when. The member of a personal need is checked and
     * not kept: the figures count needs, not people, and the id would outlive the person's erasure in the registry.
     */
    private record Served(UUID id, UUID need, UUID household, String kind, String desa, OffsetDateTime at) {

        static Served of(EventFields f, String id, String need, String household, String member, String kind,
                         String desa, OffsetDateTime at) {
            f.optionalId("memberId", member);
            return new Served(f.id("interventionId", id), f.optionalId("needId", need),
                    f.optionalId("householdId", household), kind, desa, at);
        }

        /** The intervention's rows, and its need named (with its desa as of the plan) when it has one. */
        RowChanges rows(RowWrite... intervention) {
            List<RowWrite> writes = new ArrayList<>(List.of(intervention));
            if (need != null && household != null && kind != null) {
                writes.add(new NeedsTable.Named(need, household, kind, desa, at, null));
            }
            return new RowChanges(List.copyOf(writes), desa == null ? Set.of() : Set.of(desa), Set.of(id),
                    need == null ? Set.of() : Set.of(need), Set.of());
        }
    }
}
