package id.desatumis.monitoring.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.assistance.DeliveryDisputedV1;
import id.desatumis.contracts.assistance.DeliveryReportedV1;
import id.desatumis.contracts.assistance.DeliveryVerifiedV1;
import id.desatumis.contracts.assistance.DisputeResolvedV1;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.monitoring.persistence.DeliveriesTable;
import id.desatumis.monitoring.persistence.DeliveriesTable.Outcome;

import java.util.List;
import java.util.UUID;

/** An intervention's deliveries and what the village and Dinas Sosial made of them, as rows. */
final class DeliveryFacts {

    private static final String PART = "AssistancePart";
    static final List<String> RESOLUTIONS = List.of("REDELIVER", "ACCEPT", "WRITE_OFF");

    private DeliveryFacts() {
    }

    /** The rows of a delivery's event; null for another type. */
    static RowChanges of(ConsumedEvent event, ObjectMapper mapper) {
        EventFields f = new EventFields(event);
        return switch (event.type()) {
            case DeliveryReportedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, DeliveryReportedV1.class, PART);
                UUID id = f.id("interventionId", e.interventionId());
                yield RowChanges.ofIntervention(id, new DeliveriesTable.Reported(f.id("deliveryId", e.deliveryId()), id,
                        f.date("deliveredOn", e.deliveredOn()), e.amountRupiah(), e.units(), e.tranche(), e.onBehalf(),
                        f.at("reportedAt", e.reportedAt())));
            }
            case DeliveryVerifiedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, DeliveryVerifiedV1.class, PART);
                UUID id = f.id("interventionId", e.interventionId());
                yield RowChanges.ofIntervention(id, new DeliveriesTable.Judged(Outcome.VERIFIED,
                        f.id("deliveryId", e.deliveryId()), id, f.optionalDate("confirmedOn", e.confirmedOn()),
                        f.at("verifiedAt", e.verifiedAt())));
            }
            case DeliveryDisputedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, DeliveryDisputedV1.class, PART);
                UUID id = f.id("interventionId", e.interventionId());
                yield RowChanges.ofIntervention(id, new DeliveriesTable.Judged(Outcome.DISPUTED,
                        f.id("deliveryId", e.deliveryId()), id, e.ground(), f.at("disputedAt", e.disputedAt())));
            }
            case DisputeResolvedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, DisputeResolvedV1.class, PART);
                UUID id = f.id("interventionId", e.interventionId());
                yield RowChanges.ofIntervention(id, new DeliveriesTable.Judged(Outcome.RESOLVED,
                        f.id("deliveryId", e.deliveryId()), id, f.oneOf("resolution", e.resolution(), RESOLUTIONS),
                        f.at("resolvedAt", e.resolvedAt())));
            }
            default -> null;
        };
    }
}
