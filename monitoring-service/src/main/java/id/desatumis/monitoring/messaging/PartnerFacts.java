package id.desatumis.monitoring.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.partner.PartnerRegisteredV1;
import id.desatumis.contracts.partner.PartnerReinstatedV1;
import id.desatumis.contracts.partner.PartnerSuspendedV1;
import id.desatumis.contracts.partner.PledgeAcceptedV1;
import id.desatumis.contracts.partner.PledgeDeclinedV1;
import id.desatumis.contracts.partner.PledgeExpiredV1;
import id.desatumis.contracts.partner.PledgeOfferedV1;
import id.desatumis.contracts.partner.PledgeWithdrawnV1;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.monitoring.persistence.ActorsTable;
import id.desatumis.monitoring.persistence.PledgesTable;
import id.desatumis.monitoring.persistence.RowWrite;

import java.util.ArrayList;
import java.util.List;

/**
 * partner-service's actors and pledges as rows: the programme-wide figures they change are the regency's (the
 * scorecards, pledge fulfilment).
 */
final class PartnerFacts {

    private static final String PART = "PartnersPart";
    private static final String PROGRAMME = RegionCatalog.SRAGEN;

    private PartnerFacts() {
    }

    /** The rows of an actor's or a pledge's event; null for another type. */
    static RowChanges of(ConsumedEvent event, ObjectMapper mapper) {
        EventFields f = new EventFields(event);
        long v = event.sequence();
        return switch (event.type()) {
            case PartnerRegisteredV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, PartnerRegisteredV1.class, PART);
                yield RowChanges.of(PROGRAMME, new ActorsTable.Registered(f.id("partnerId", e.partnerId()),
                        f.text("type", e.type()), e.name(), e.opdCode(), f.at("registeredAt", e.registeredAt())));
            }
            case PartnerSuspendedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, PartnerSuspendedV1.class, PART);
                yield RowChanges.of(PROGRAMME, new ActorsTable.Standing(f.id("partnerId", e.partnerId()), false, v));
            }
            case PartnerReinstatedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, PartnerReinstatedV1.class, PART);
                yield RowChanges.of(PROGRAMME, new ActorsTable.Standing(f.id("partnerId", e.partnerId()), true, v));
            }
            case PledgeOfferedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, PledgeOfferedV1.class, PART);
                yield RowChanges.of(PROGRAMME, new PledgesTable.Offered(f.id("pledgeId", e.pledgeId()),
                        f.id("partnerId", e.partnerId()), e.kinds() == null ? List.of() : e.kinds(),
                        e.scopeLevel(), e.scopeCodes() == null ? List.of() : e.scopeCodes(), e.amountRupiah(),
                        e.units(), e.unit(), f.optionalDate("validFrom", e.validFrom()),
                        f.optionalDate("validUntil", e.validUntil()), f.at("offeredAt", e.offeredAt()), v));
            }
            case PledgeAcceptedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, PledgeAcceptedV1.class, PART);
                yield RowChanges.of(PROGRAMME, new PledgesTable.Status(f.id("pledgeId", e.pledgeId()), "ACCEPTED", v,
                        f.at("acceptedAt", e.acceptedAt()), e.decisionNumber(), null));
            }
            case PledgeDeclinedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, PledgeDeclinedV1.class, PART);
                yield RowChanges.of(PROGRAMME, new PledgesTable.Status(f.id("pledgeId", e.pledgeId()), "DECLINED", v,
                        null, null, f.at("declinedAt", e.declinedAt())));
            }
            case PledgeExpiredV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, PledgeExpiredV1.class, PART);
                yield RowChanges.of(PROGRAMME, new PledgesTable.Status(f.id("pledgeId", e.pledgeId()), "EXPIRED", v,
                        null, null, f.at("ce_time", null)));
            }
            case PledgeWithdrawnV1.CE_TYPE -> withdrawn(event.payloadAs(mapper, PledgeWithdrawnV1.class, PART), f, v);
            default -> null;
        };
    }

    private static RowChanges withdrawn(PledgeWithdrawnV1 e, EventFields f, long version) {
        List<RowWrite> writes = new ArrayList<>();
        var pledge = f.id("pledgeId", e.pledgeId());
        writes.add(new PledgesTable.Withdrawn(pledge, EventFields.orZero(e.amountRupiah()), EventFields.orZero(e.units())));
        if (e.entire()) {
            writes.add(new PledgesTable.Status(pledge, "WITHDRAWN", version, null, null,
                    f.at("withdrawnAt", e.withdrawnAt())));
        }
        return RowChanges.of(PROGRAMME, writes.toArray(RowWrite[]::new));
    }
}
