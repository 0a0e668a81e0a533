package id.desatumis.assistance.messaging;

import id.desatumis.assistance.domain.Delivery;
import id.desatumis.assistance.domain.Evidence;
import id.desatumis.assistance.domain.InterventionEvent.DeliveryReported;
import id.desatumis.assistance.domain.InterventionEvent.InterventionPlanned;
import id.desatumis.assistance.domain.InterventionEvent.UnplannedDeliveryRecorded;
import id.desatumis.assistance.domain.Plan;
import id.desatumis.assistance.domain.Source;
import id.desatumis.contracts.assistance.DeliveryReportedV1;
import id.desatumis.contracts.assistance.InterventionPlannedV1;
import id.desatumis.contracts.assistance.UnplannedDeliveryRecordedV1;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The contracts of an intervention's larger events, from its plan and its deliveries. What is left out is left out on
 * purpose: the reasons staff wrote (another actor than the lead, a guard override), a delivery's description (free
 * text that could name who received it), the photo's storage reference and who reported it.
 */
final class InterventionContracts {

    private InterventionContracts() {
    }

    static InterventionPlannedV1 planned(InterventionPlanned e, String at) {
        Plan p = e.plan();
        Source s = p.source();
        return new InterventionPlannedV1(e.interventionId().toString(), text(p.needId()), text(p.householdId()),
                text(p.memberId()), p.kind().name(), p.desaCode(), text(p.actorId()), s.type().name(),
                text(s.pledgeId()), text(s.budgetLineId()), s.budgetCode(), p.amount().rupiah(), p.amount().units(),
                p.tranches().stream().map(t -> new InterventionPlannedV1.Tranche(t.number(), t.rupiah(),
                        t.due().toString())).toList(),
                date(p.dueDate()), p.decisionNumber(), overridden(p), date(e.plannedOn()), at);
    }

    static UnplannedDeliveryRecordedV1 unplanned(UnplannedDeliveryRecorded e, String at) {
        Plan p = e.plan();
        Delivery d = e.delivery();
        Evidence evidence = d.evidence();
        return new UnplannedDeliveryRecordedV1(e.interventionId().toString(), text(p.needId()), text(p.householdId()),
                text(p.memberId()), p.kind().name(), p.desaCode(), text(p.actorId()), d.deliveryId().toString(),
                date(d.deliveredOn()), d.amount().rupiah(), d.amount().units(),
                evidence == null ? null : evidence.documentNumber(), evidence == null ? null : evidence.photoSha256(),
                overridden(p), at);
    }

    static DeliveryReportedV1 reported(DeliveryReported e, String at) {
        Delivery d = e.delivery();
        Evidence evidence = d.evidence();
        return new DeliveryReportedV1(e.interventionId().toString(), d.deliveryId().toString(), date(d.deliveredOn()),
                d.amount().rupiah(), d.amount().units(), d.tranche(),
                evidence == null ? null : evidence.documentNumber(), evidence == null ? null : evidence.photoSha256(),
                d.onBehalfReason() != null, at);
    }

    /** A part of an amount asked of partner-service: a zero part asks nothing, so it is not named. */
    static Long positive(Long part) {
        return part == null || part == 0 ? null : part;
    }

    static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String overridden(Plan p) {
        return p.override() == null ? null : text(p.override().existingInterventionId());
    }
}
