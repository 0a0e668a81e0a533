package id.desatumis.partner.persistence.views;

import id.desatumis.partner.domain.Amounts;
import id.desatumis.partner.domain.NeedKind;
import id.desatumis.partner.domain.ReservationEvent.ConsumeRefused;
import id.desatumis.partner.domain.ReservationEvent.ReservationConsumed;
import id.desatumis.partner.domain.ReservationEvent.ReservationMade;
import id.desatumis.partner.domain.ReservationEvent.ReservationReleased;
import id.desatumis.partner.domain.ReservationEvent;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Table {@code pledge_allocation_view}: each reservation made from a pledge, projected from its own stream. A refused
 * request took nothing and has no row. Each row's version decides whether a reservation event is new, for the row
 * and for its pledge's amounts alike.
 */
@ApplicationScoped
public class PledgeAllocationViews implements PanacheRepositoryBase<PledgeAllocationView, UUID> {

    /** Amounts summed over a desa and kind of need (or over everything, for the totals). */
    public record Sums(String desaCode, String kind, long reservations, long open, long reservedRupiah,
                       long reservedUnits, long consumedRupiah, long consumedUnits, long releasedRupiah,
                       long releasedUnits) {
    }

    /** What the event changed in its pledge, if it is new and changes anything. */
    public Optional<PledgeViews.Change> apply(ReservationEvent event, EventStamp stamp, ViewRows rows) {
        PledgeAllocationView a = rows.allocations.get(event.requestId());
        if (event instanceof ReservationMade e) {
            if (a != null) return Optional.empty();
            rows.allocations.put(e.requestId(), rows.created(made(e, stamp)));
            return Optional.of(change(e.pledgeId(), e.amounts(), Amounts.ZERO));
        }
        if (a == null || !stamp.isNewFor(a.version)) return Optional.empty();
        a.version = stamp.version();
        a.changedAt = stamp.at();
        if (event instanceof ReservationReleased e) {
            a.releasedRupiah += e.released().rupiahOrZero();
            a.releasedUnits += e.released().unitsOrZero();
            a.open = false;
            return Optional.of(change(a.pledgeId, Amounts.ZERO.minus(e.released()), Amounts.ZERO));
        }
        if (event instanceof ReservationConsumed e) {
            a.consumedRupiah += e.consumed().rupiahOrZero();
            a.consumedUnits += e.consumed().unitsOrZero();
            Amounts released = e.released() == null ? Amounts.ZERO : e.released();
            a.releasedRupiah += released.rupiahOrZero();
            a.releasedUnits += released.unitsOrZero();
            if (e.finalConsume()) a.open = false;
            return Optional.of(change(a.pledgeId, Amounts.ZERO.minus(e.consumed()).minus(released), e.consumed()));
        }
        // ConsumeRefused (and any later kind of event) changes no amount
        return Optional.empty();
    }

    private static PledgeAllocationView made(ReservationMade e, EventStamp stamp) {
        PledgeAllocationView a = new PledgeAllocationView();
        a.requestId = e.requestId();
        a.pledgeId = e.pledgeId();
        a.partnerId = e.partnerId();
        a.kind = e.kind().name();
        a.desaCode = e.desaCode();
        a.reservedRupiah = e.amounts().rupiahOrZero();
        a.reservedUnits = e.amounts().unitsOrZero();
        a.open = true;
        a.reservedAt = stamp.at();
        a.changedAt = stamp.at();
        a.version = stamp.version();
        return a;
    }

    private static PledgeViews.Change change(UUID pledgeId, Amounts reserved, Amounts consumed) {
        return new PledgeViews.Change(pledgeId, reserved.rupiahOrZero(), reserved.unitsOrZero(), consumed.rupiahOrZero(),
                consumed.unitsOrZero());
    }

    /**
     * Where a partner's pledges went: a page of its (desa, kind) pairs in code order, of one kind or all, in desa
     * within an area or anywhere; and the totals over every pair of the filter.
     */
    public Uni<Grouped> byDesaAndKind(UUID partnerId, NeedKind kind, String areaCode, int page, int size) {
        StringBuilder where = new StringBuilder(" FROM pledge_allocation_view WHERE partner_id = :partner");
        Map<String, Object> params = new HashMap<>();
        params.put("partner", partnerId);
        if (kind != null) {
            where.append(" AND kind = :kind");
            params.put("kind", kind.name());
        }
        if (areaCode != null) {
            where.append(" AND (desa_code = :area OR desa_code LIKE :within)");
            params.put("area", areaCode);
            params.put("within", areaCode + ".%");
        }
        String groups = "SELECT desa_code, kind, " + SUMS + where + " GROUP BY desa_code, kind ORDER BY desa_code, kind";
        return NativeQueries.page(groups, Object[].class, "SELECT count(DISTINCT (desa_code, kind))" + where, params, page, size)
                .chain(paged -> NativeQueries.list("SELECT " + SUMS + where, Object[].class, params).map(totals -> {
                    List<Sums> out = new ArrayList<>();
                    paged.rows().forEach(r -> out.add(sums((String) r[0], (String) r[1], r, 2)));
                    return new Grouped(out, paged.total(), sums(null, null, totals.get(0), 0));
                }));
    }

    /** A page of (desa, kind) sums, how many pairs there are, and the sums over all of them. */
    public record Grouped(List<Sums> groups, long total, Sums totals) {
    }

    private static final String SUMS = """
            count(*), count(*) FILTER (WHERE open), coalesce(sum(reserved_rupiah), 0), coalesce(sum(reserved_units), 0),
            coalesce(sum(consumed_rupiah), 0), coalesce(sum(consumed_units), 0), coalesce(sum(released_rupiah), 0),
            coalesce(sum(released_units), 0)""";

    private static Sums sums(String desa, String kind, Object[] r, int from) {
        long[] n = new long[8];
        for (int i = 0; i < n.length; i++) n[i] = NativeQueries.number(r[from + i]);
        return new Sums(desa, kind, n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7]);
    }

}
