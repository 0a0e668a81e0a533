package id.desatumis.monitoring.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.partner.ReservationConfirmedV1;
import id.desatumis.contracts.partner.ReservationConsumeRejectedV1;
import id.desatumis.contracts.partner.ReservationConsumedV1;
import id.desatumis.contracts.partner.ReservationRejectedV1;
import id.desatumis.contracts.partner.ReservationReleasedV1;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.monitoring.persistence.ReservationsTable;

/**
 * partner-service's answers on {@code desatumis.partner.reservation.v1} as rows of the reservation they answer: they
 * may come before or after the request and the plan they answer (another topic), so each names what it knows.
 */
final class ReservationFacts {

    private static final String PART = "PartnersPart";

    private ReservationFacts() {
    }

    /** The rows of a reservation's event; null for another type. */
    static RowChanges of(ConsumedEvent event, ObjectMapper mapper) {
        EventFields f = new EventFields(event);
        return switch (event.type()) {
            case ReservationConfirmedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, ReservationConfirmedV1.class, PART);
                yield RowChanges.of(e.desaCode(), new ReservationsTable.Confirmed(f.id("requestId", e.requestId()),
                        f.optionalId("interventionId", e.interventionId()), f.optionalId("pledgeId", e.pledgeId()),
                        f.optionalId("partnerId", e.partnerId()), e.kind(), e.desaCode(), e.amountRupiah(), e.units(),
                        f.at("confirmedAt", e.confirmedAt())));
            }
            case ReservationRejectedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, ReservationRejectedV1.class, PART);
                yield RowChanges.of(RegionCatalog.SRAGEN, new ReservationsTable.Rejected(f.id("requestId", e.requestId()),
                        f.optionalId("interventionId", e.interventionId()), f.optionalId("pledgeId", e.pledgeId()),
                        f.optionalId("partnerId", e.partnerId()), e.reason(), f.at("rejectedAt", e.rejectedAt())));
            }
            case ReservationConsumedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, ReservationConsumedV1.class, PART);
                yield RowChanges.of(RegionCatalog.SRAGEN, new ReservationsTable.Used(f.id("requestId", e.requestId()),
                        f.optionalId("interventionId", e.interventionId()), f.optionalId("pledgeId", e.pledgeId()),
                        EventFields.orZero(e.amountRupiah()), EventFields.orZero(e.units()),
                        EventFields.orZero(e.releasedRupiah()), EventFields.orZero(e.releasedUnits()), true,
                        f.at("consumedAt", e.consumedAt())));
            }
            case ReservationReleasedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, ReservationReleasedV1.class, PART);
                yield RowChanges.of(RegionCatalog.SRAGEN, new ReservationsTable.Used(f.id("requestId", e.requestId()),
                        f.optionalId("interventionId", e.interventionId()), f.optionalId("pledgeId", e.pledgeId()),
                        0, 0, EventFields.orZero(e.amountRupiah()), EventFields.orZero(e.units()), false,
                        f.at("releasedAt", e.releasedAt())));
            }
            case ReservationConsumeRejectedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, ReservationConsumeRejectedV1.class, PART);
                yield RowChanges.of(RegionCatalog.SRAGEN, new ReservationsTable.ConsumeRejected(
                        f.id("requestId", e.requestId()), f.optionalId("interventionId", e.interventionId())));
            }
            default -> null;
        };
    }
}
