package id.desatumis.partner.persistence.views;

import id.desatumis.partner.domain.NeedKind;
import id.desatumis.partner.domain.PledgeEvent.PledgeAccepted;
import id.desatumis.partner.domain.PledgeEvent.PledgeDeclined;
import id.desatumis.partner.domain.PledgeEvent.PledgeExpired;
import id.desatumis.partner.domain.PledgeEvent.PledgeOffered;
import id.desatumis.partner.domain.PledgeEvent.PledgeWithdrawn;
import id.desatumis.partner.domain.PledgeEvent;
import id.desatumis.partner.domain.PledgeStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Table {@code pledge_view}: pledges as the queries list them. Its own stream's events are guarded by its version;
 * what its reservations change comes through {@link PledgeAllocationViews}, whose rows guard theirs.
 */
@ApplicationScoped
public class PledgeViews implements PanacheRepositoryBase<PledgeView, UUID> {

    /** What one reservation event changed in a pledge: negative to give back. */
    public record Change(UUID pledgeId, long reservedRupiah, long reservedUnits, long consumedRupiah, long consumedUnits) {
    }

    public void apply(PledgeEvent event, EventStamp stamp, ViewRows rows) {
        PledgeView p = rows.pledges.get(event.pledgeId());
        if (event instanceof PledgeOffered e) {
            if (p == null) rows.pledges.put(e.pledgeId(), rows.created(offered(e, stamp)));
            return;
        }
        if (p == null || !stamp.isNewFor(p.version)) return;
        if (event instanceof PledgeAccepted e) {
            p.status = PledgeStatus.ACCEPTED.name();
            p.decisionNumber = e.decisionNumber();
        } else if (event instanceof PledgeDeclined e) {
            p.status = PledgeStatus.DECLINED.name();
            p.statusReason = e.reason();
        } else if (event instanceof PledgeWithdrawn e) {
            p.withdrawnRupiah += e.withdrawn().rupiahOrZero();
            p.withdrawnUnits += e.withdrawn().unitsOrZero();
            if (e.entire()) p.status = PledgeStatus.WITHDRAWN.name();
            p.statusReason = e.reason();
        } else if (event instanceof PledgeExpired) {
            p.status = PledgeStatus.EXPIRED.name();
        }
        p.version = stamp.version();
        p.changedAt = stamp.at();
    }

    /** A reservation's change, applied once (its allocation row decided it is new). */
    public void reservationChanged(Change change, EventStamp stamp, ViewRows rows) {
        PledgeView p = rows.pledges.get(change.pledgeId());
        if (p == null) return;
        p.reservedRupiah += change.reservedRupiah();
        p.reservedUnits += change.reservedUnits();
        p.consumedRupiah += change.consumedRupiah();
        p.consumedUnits += change.consumedUnits();
        p.changedAt = stamp.at();
    }

    private static PledgeView offered(PledgeOffered e, EventStamp stamp) {
        PledgeView p = new PledgeView();
        p.pledgeId = e.pledgeId();
        p.partnerId = e.partnerId();
        p.status = PledgeStatus.OFFERED.name();
        p.kinds = e.kinds().stream().map(Enum::name).toArray(String[]::new);
        p.scopeLevel = e.scope().level().name();
        p.scopeCodes = e.scope().codes().toArray(String[]::new);
        p.unit = e.unit();
        p.validFrom = e.validFrom();
        p.validUntil = e.validUntil();
        p.capacityRupiah = e.capacity().rupiah();
        p.capacityUnits = e.capacity().units();
        p.offeredAt = stamp.at();
        p.changedAt = stamp.at();
        p.version = stamp.version();
        return p;
    }

    /**
     * A page of a partner's pledges, the first to end first: of a kind of need ({@code kind} null for all), and whose
     * scope overlaps an area ({@code areaCode} null for all): a scope area that is it, lies within it, or holds it.
     */
    public Uni<Paged<PledgeView>> page(UUID partnerId, NeedKind kind, String areaCode, int page, int size) {
        StringBuilder where = new StringBuilder(" FROM pledge_view WHERE partner_id = :partner");
        Map<String, Object> params = new HashMap<>();
        params.put("partner", partnerId);
        if (kind != null) {
            where.append(" AND :kind = ANY(kinds)");
            params.put("kind", kind.name());
        }
        if (areaCode != null) {
            where.append(" AND EXISTS (SELECT 1 FROM unnest(scope_codes) c WHERE c = :area OR c LIKE :within OR :area LIKE c || '.%')");
            params.put("area", areaCode);
            params.put("within", areaCode + ".%");
        }
        return NativeQueries.page("SELECT *" + where + " ORDER BY valid_until, pledge_id", PledgeView.class,
                "SELECT count(*)" + where, params, page, size);
    }
}
