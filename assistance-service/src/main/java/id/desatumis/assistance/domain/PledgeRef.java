package id.desatumis.assistance.domain;

import id.desatumis.kit.domain.RuleBroken;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A partner's pledge as partner-service published it: what a plan needs to refuse at once a pledge that cannot serve
 * it (another kind, another area, not open). How much is left is partner-service's alone: the reservation saga has the
 * last word on capacity.
 *
 * @param scopeLevel  the level of every code of the scope
 * @param scopeCodes  where it may be used: the regency, kecamatan or desa codes
 * @param capacityRupiah what was offered in whole rupiah; null when it is not counted in rupiah
 * @param capacityUnits  what was offered in units; null when it is not counted in units
 * @param unit        what a unit is (HOUSE, CONNECTION, ...) when it is counted in units; null otherwise
 */
public record PledgeRef(UUID pledgeId, UUID partnerId, Set<NeedKind> kinds, AreaLevel scopeLevel, List<String> scopeCodes,
                        Long capacityRupiah, Long capacityUnits, String unit, LocalDate validFrom, LocalDate validUntil,
                        PledgeStatus status) {

    public PledgeRef {
        kinds = Set.copyOf(kinds);
        scopeCodes = List.copyOf(scopeCodes);
    }

    /** Whether a plan in rupiah can be reserved from it (partner-service reserves rupiah only from such a pledge). */
    public boolean countsRupiah() {
        return capacityRupiah != null;
    }

    /** Whether a plan in units can be reserved from it. */
    public boolean countsUnits() {
        return capacityUnits != null;
    }

    /** Whether a desa lies in the pledge's scope: the desa itself, its kecamatan or the regency is one of its codes. */
    public boolean coversDesa(String desaCode) {
        return AreaLevel.desaAndWider(desaCode).stream().anyMatch(scopeCodes::contains);
    }

    /** Whether it can be reserved from on that day: accepted, and the day within its period. */
    public boolean openOn(LocalDate day) {
        return status == PledgeStatus.ACCEPTED && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    /**
     * Refuses, on the field of the request that named it, a pledge that cannot serve this kind of need in this desa on
     * that day; answers the pledge otherwise.
     */
    public PledgeRef requireServes(String field, NeedKind kind, String desaCode, LocalDate day) {
        if (!kinds.contains(kind)) {
            throw new RuleBroken(field, "pledge-other-kind", "the pledge is for " + kinds + ", not " + kind);
        }
        if (!coversDesa(desaCode)) {
            throw new RuleBroken(field, "pledge-other-area", "the pledge's scope does not hold this desa");
        }
        if (!openOn(day)) {
            throw new RuleBroken(field, "pledge-not-open", status == PledgeStatus.ACCEPTED
                    ? "the pledge is valid from " + validFrom + " to " + validUntil
                    : "the pledge is " + status + " (partner-service may not have published a later change yet)");
        }
        return this;
    }

    /** The refusal of a pledge not known here; partner-service may not have published it yet. */
    public static RuleBroken unknown(String field) {
        return new RuleBroken(field, "pledge-unknown",
                "no pledge has this id here (partner-service may not have published it yet)");
    }
}
