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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
    @Schema(name = "Pledge", description = "A pledge with its capacity and what of it is reserved, consumed, withdrawn "
            + "and left; a part the capacity does not count (rupiah or units) is null throughout",
            requiredProperties = {"pledgeId", "partnerId", "status", "kinds", "scope", "validFrom", "validUntil",
                    "capacity", "reserved", "consumed", "withdrawn", "remaining", "offeredAt", "version"})
    public record PledgeItem(
            @Schema(description = "The pledge's id", format = "uuid", examples = "3f6a9c12-8e4b-4d7a-b1c5-9e2f0a7d4b38") UUID pledgeId,
            @Schema(description = "The partner's id", format = "uuid", examples = "7d1c2f3e-5b8a-4c61-9e0f-2a4b6c8d0e1f") UUID partnerId,
            @Schema(description = "Where the pledge stands", type = SchemaType.STRING, enumeration = {"OFFERED", "ACCEPTED", "DECLINED", "WITHDRAWN", "EXPIRED"}) String status,
            @Schema(description = "The kinds of need", type = SchemaType.ARRAY, implementation = NeedKind.class) List<String> kinds,
            @Schema(description = "Where it may be used") Scope scope,
            @Schema(type = SchemaType.STRING, enumeration = {"HOUSE", "CONNECTION", "LATRINE", "SCHOLARSHIP", "POLICY", "PERSON", "PACKAGE", "BUSINESS"}, nullable = true, description = "What a unit is; null without units")
            String unit,
            @Schema(description = "The first day") LocalDate validFrom,
            @Schema(description = "The last day") LocalDate validUntil,
            @Schema(description = "What was offered") AmountView capacity, @Schema(description = "Reserved by interventions") AmountView reserved, @Schema(description = "Delivered from reservations") AmountView consumed, @Schema(description = "Taken back by the partner") AmountView withdrawn,
            @Schema(description = "What a reservation can still take") AmountView remaining,
            @Schema(nullable = true, pattern = "^[A-Za-z0-9./_-]{1,100}$", examples = "TKPKD/33.14/2026/011",
                    description = "The decision that accepted it") String decisionNumber,
            @Schema(nullable = true, examples = "Anggaran CSR 2027 dialihkan",
                    description = "Why it was declined or withdrawn") String statusReason,
            @Schema(description = "When it was offered") OffsetDateTime offeredAt,
            @Schema(minimum = "1", examples = "2", description = "The pledge stream's version") long version) {

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
    @Schema(name = "PledgeScope", description = "Where a pledge may be used: areas all of one level",
            requiredProperties = {"level", "codes"})
    public record Scope(
            @Schema(description = "The level of every area", type = SchemaType.STRING, enumeration = {"REGENCY", "KECAMATAN", "DESA"}) String level,
            @Schema(examples = "[\"33.14.07\"]", description = "Kemendagri codes of Sragen of that level")
            List<String> codes) {
    }

    /** Where a partner's pledges went in one desa for one kind of need (or over everything, for the totals). */
    @Schema(name = "Allocation", description = "What a partner's pledges reserved in one desa for one kind of need (null "
            + "desa and kind for the totals); no household is named", requiredProperties = {"reservations",
            "openReservations", "reserved", "consumed", "released", "stillReserved"})
    public record Allocation(
            @Schema(description = "The desa; null for the totals", nullable = true, pattern = "^33\\.14\\.[0-9]{2}\\.[0-9]{4}$", examples = "33.14.07.2001")
            String desaCode,
            @Schema(description = "The kind of need; null for the totals", type = SchemaType.STRING, enumeration = {"HOUSE_REPAIR", "ELECTRICITY", "SANITATION", "EDUCATION", "HEALTH_COVER", "BUSINESS_CAPITAL", "SKILLS_TRAINING", "FOOD_ASSISTANCE"}, nullable = true) String kind,
            @Schema(description = "Reservations made", minimum = "0", examples = "5") long reservations,
            @Schema(minimum = "0", examples = "2", description = "Reservations not yet consumed or released in full")
            long openReservations,
            @Schema(description = "Reserved by interventions") AmountView reserved, @Schema(description = "Delivered from reservations") AmountView consumed, @Schema(description = "Given back by reservations") AmountView released, @Schema(description = "Reserved and neither consumed nor released") AmountView stillReserved) {

        static Allocation of(Sums s) {
            Amounts reserved = new Amounts(s.reservedRupiah(), s.reservedUnits());
            Amounts consumed = new Amounts(s.consumedRupiah(), s.consumedUnits());
            Amounts released = new Amounts(s.releasedRupiah(), s.releasedUnits());
            return new Allocation(s.desaCode(), s.kind(), s.reservations(), s.open(), AmountView.of(reserved),
                    AmountView.of(consumed), AmountView.of(released), AmountView.of(reserved.minus(consumed).minus(released)));
        }
    }

    /** A page of (desa, kind) allocations and the totals over the whole filter. */
    public record Allocations(@Schema(description = "The partner's id") UUID partnerId, @Schema(description = "A page of (desa, kind of need) groups") PageOf<Allocation> groups, @Schema(description = "The sums over the whole filter") Allocation totals) {
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
