package id.desatumis.partner.application;

import id.desatumis.kit.api.Problems;
import id.desatumis.kit.security.Caller;
import id.desatumis.partner.application.views.ViewFreshness;
import id.desatumis.partner.domain.Amounts;
import id.desatumis.partner.domain.Area;
import id.desatumis.partner.domain.AreaScope;
import id.desatumis.partner.domain.NeedKind;
import id.desatumis.partner.domain.PledgeBalance;
import id.desatumis.partner.domain.PledgeStatus;
import id.desatumis.partner.persistence.views.PartnerViews;
import id.desatumis.partner.persistence.views.PledgeAllocationViews.Sums;
import id.desatumis.partner.persistence.views.PledgeAllocationViews;
import id.desatumis.partner.persistence.views.PledgeView;
import id.desatumis.partner.persistence.views.PledgeViews;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A partner's pledges with what of each is reserved, consumed, withdrawn and left, and where its pledges went (by
 * desa and kind of need, no personal data). A partner's or an office's token sees its own partner's only; another's
 * is absent (404).
 */
@ApplicationScoped
public class PledgeQueries {

    /**
     * A pledge's capacity and what of it is taken; a part the capacity does not count is null throughout. What is left
     * is the domain's own arithmetic ({@link PledgeBalance#remaining()}), as a reservation sees it.
     */
    public record PledgeItem(UUID pledgeId, UUID partnerId, String status, List<String> kinds, Scope scope,
                             String unit, LocalDate validFrom, LocalDate validUntil, AmountView capacity,
                             AmountView reserved, AmountView consumed, AmountView withdrawn, AmountView remaining,
                             String decisionNumber, String statusReason, OffsetDateTime offeredAt, long version) {

        static PledgeItem of(PledgeView p) {
            Amounts capacity = new Amounts(p.capacityRupiah, p.capacityUnits);
            PledgeBalance balance = new PledgeBalance(p.pledgeId, p.partnerId, PledgeStatus.valueOf(p.status),
                    Arrays.stream(p.kinds).map(NeedKind::valueOf).toList(),
                    new AreaScope(Area.Level.valueOf(p.scopeLevel), List.of(p.scopeCodes)), p.unit, p.validFrom,
                    p.validUntil, capacity, counted(capacity, p.reservedRupiah, p.reservedUnits),
                    counted(capacity, p.consumedRupiah, p.consumedUnits), counted(capacity, p.withdrawnRupiah, p.withdrawnUnits));
            return new PledgeItem(p.pledgeId, p.partnerId, p.status, List.of(p.kinds),
                    new Scope(p.scopeLevel, List.of(p.scopeCodes)), p.unit, p.validFrom, p.validUntil,
                    AmountView.of(capacity), AmountView.of(balance.reserved()), AmountView.of(balance.consumed()),
                    AmountView.of(balance.withdrawn()), AmountView.of(balance.remaining()), p.decisionNumber,
                    p.statusReason, p.offeredAt, p.version);
        }

        private static Amounts counted(Amounts capacity, long rupiah, long units) {
            return new Amounts(capacity.hasRupiah() ? rupiah : null, capacity.hasUnits() ? units : null);
        }
    }

    /** Where a pledge may be used: the regency, kecamatan or desa (level) of those codes. */
    public record Scope(String level, List<String> codes) {
    }

    /** Where a partner's pledges went in one desa for one kind of need (or over everything, for the totals). */
    public record Allocation(String desaCode, String kind, long reservations, long openReservations,
                             AmountView reserved, AmountView consumed, AmountView released, AmountView stillReserved) {

        static Allocation of(Sums s) {
            Amounts reserved = new Amounts(s.reservedRupiah(), s.reservedUnits());
            Amounts consumed = new Amounts(s.consumedRupiah(), s.consumedUnits());
            Amounts released = new Amounts(s.releasedRupiah(), s.releasedUnits());
            return new Allocation(s.desaCode(), s.kind(), s.reservations(), s.open(), AmountView.of(reserved),
                    AmountView.of(consumed), AmountView.of(released), AmountView.of(reserved.minus(consumed).minus(released)));
        }
    }

    /** A page of (desa, kind) allocations and the totals over the whole filter. */
    public record Allocations(UUID partnerId, PageOf<Allocation> groups, Allocation totals) {
    }

    private final PledgeViews pledges;
    private final PledgeAllocationViews allocations;
    private final PartnerViews partners;
    private final ViewAccess access;
    private final ViewFreshness freshness;

    public PledgeQueries(PledgeViews pledges, PledgeAllocationViews allocations, PartnerViews partners, ViewAccess access,
                         ViewFreshness freshness) {
        this.pledges = pledges;
        this.allocations = allocations;
        this.partners = partners;
        this.access = access;
        this.freshness = freshness;
    }

    /** A partner's pledges, the first to end first, of a kind and overlapping an area (null: any). */
    @WithSession
    public Uni<Fresh<PageOf<PledgeItem>>> ofPartner(Caller caller, UUID partnerId, NeedKind kind, String areaCode,
                                                    int page, int size) {
        return freshness.now().chain(f -> visiblePartner(caller, partnerId)
                .chain(() -> pledges.page(partnerId, kind, areaCode, page, size))
                .map(rows -> new Fresh<>(new PageOf<>(rows.rows().stream().map(PledgeItem::of).toList(), page, size,
                        rows.total()), f)));
    }

    /** One pledge; 404 for one the caller may not see. */
    @WithSession
    public Uni<Fresh<PledgeItem>> one(Caller caller, UUID pledgeId) {
        return freshness.now().chain(f -> pledges.findById(pledgeId).chain(p -> {
            if (p == null) throw Problems.notFound("pledge");
            return access.mayReadPartner(caller, p.partnerId).map(may -> {
                if (!may) throw Problems.notFound("pledge");
                return new Fresh<>(PledgeItem.of(p), f);
            });
        }));
    }

    /** Where a partner's pledges went: by desa and kind, of a kind and in desa within an area (null: any). */
    @WithSession
    public Uni<Fresh<Allocations>> allocations(Caller caller, UUID partnerId, NeedKind kind, String areaCode, int page,
                                               int size) {
        return freshness.now().chain(f -> visiblePartner(caller, partnerId)
                .chain(() -> allocations.byDesaAndKind(partnerId, kind, areaCode, page, size))
                .map(g -> new Fresh<>(new Allocations(partnerId,
                        new PageOf<>(g.groups().stream().map(Allocation::of).toList(), page, size, g.total()),
                        Allocation.of(g.totals())), f)));
    }

    /** The partner exists and the caller may read its records; 404 otherwise. */
    private Uni<Void> visiblePartner(Caller caller, UUID partnerId) {
        return access.mayReadPartner(caller, partnerId).chain(may -> {
            if (!may) throw Problems.notFound("partner");
            return partners.findById(partnerId);
        }).map(p -> {
            if (p == null) throw Problems.notFound("partner");
            return null;
        });
    }
}
