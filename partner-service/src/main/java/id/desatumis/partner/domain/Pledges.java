package id.desatumis.partner.domain;

import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.partner.domain.PledgeEvent.PledgeAccepted;
import id.desatumis.partner.domain.PledgeEvent.PledgeDeclined;
import id.desatumis.partner.domain.PledgeEvent.PledgeExpired;
import id.desatumis.partner.domain.PledgeEvent.PledgeOffered;
import id.desatumis.partner.domain.PledgeEvent.PledgeWithdrawn;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The decisions on a pledge: offered by a partner in good standing, accepted or declined while it is offered, its
 * unreserved remainder withdrawn, expired when its period has ended. Each takes the pledge as folded from its stream
 * and answers the events to append, or refuses with the rule broken.
 */
public final class Pledges {

    /** Where the partner stands in the directory: only one in good standing takes on something new. */
    public enum PartnerStanding {
        UNKNOWN, ACTIVE, SUSPENDED
    }

    private Pledges() {
    }

    public static List<PledgeEvent> offer(Pledge state, PartnerStanding partner, UUID pledgeId, UUID partnerId,
                                          PledgeTerms terms, LocalDate today, String offeredBy) {
        requireStanding(partner);
        if (state.exists()) throw new RuleBroken("pledgeId", "pledge-exists", "a pledge with this id exists already");
        terms.require(today);
        return List.of(new PledgeOffered(pledgeId, partnerId, List.copyOf(terms.kinds()), terms.scope(), terms.capacity(),
                terms.unit() == null ? null : terms.unit().name(), terms.validFrom(), terms.validUntil(), offeredBy));
    }

    /** On a forum decision (the caller has checked that it approves this pledge for its areas). */
    public static List<PledgeEvent> accept(Pledge state, PartnerStanding partner, String decisionNumber, LocalDate today,
                                           String acceptedBy) {
        requireOffered(state);
        requireStanding(partner);
        if (state.offered().validUntil().isBefore(today)) {
            throw new RuleBroken("pledgeId", "period-ended", "the pledge's period ended on " + state.offered().validUntil());
        }
        return List.of(new PledgeAccepted(state.offered().pledgeId(), decisionNumber, acceptedBy));
    }

    public static List<PledgeEvent> decline(Pledge state, String reason, String declinedBy) {
        requireOffered(state);
        return List.of(new PledgeDeclined(state.offered().pledgeId(), reason, declinedBy));
    }

    /**
     * Takes back part of the remainder, or with {@code entire} all of it and closes the pledge; what is reserved stays
     * reserved. {@code balance} is the pledge's balance read under its stream lock, so no reservation races it.
     */
    public static List<PledgeEvent> withdraw(Pledge state, PledgeBalance balance, Withdrawal w, String withdrawnBy) {
        requireExists(state);
        if (state.status() != PledgeStatus.OFFERED && state.status() != PledgeStatus.ACCEPTED) {
            throw new RuleBroken("pledgeId", "pledge-closed", "the pledge is " + state.status() + ": nothing is left to withdraw");
        }
        w.require();
        Amounts remaining = balance.remaining();
        if (w.entire()) {
            return List.of(new PledgeWithdrawn(balance.pledgeId(), remaining, true, w.reason(), withdrawnBy));
        }
        if (!remaining.holds(w.amounts())) {
            String field = w.amounts().hasRupiah() && !remaining.holds(new Amounts(w.amounts().rupiah(), null))
                    ? "rupiah" : "units";
            throw new RuleBroken(field, "withdrawal-exceeds-remainder",
                    "only what is neither reserved, consumed nor withdrawn can be withdrawn", remainder(remaining));
        }
        return List.of(new PledgeWithdrawn(balance.pledgeId(), w.amounts(), false, w.reason(), withdrawnBy));
    }

    /** Nothing when the pledge's last day is today or later, or it is no longer open; then it is expired once. */
    public static List<PledgeEvent> expire(Pledge state, LocalDate today) {
        if (!state.exists() || !today.isAfter(state.offered().validUntil())) return List.of();
        if (state.status() != PledgeStatus.OFFERED && state.status() != PledgeStatus.ACCEPTED) return List.of();
        return List.of(new PledgeExpired(state.offered().pledgeId(), state.offered().validUntil()));
    }

    private static void requireExists(Pledge state) {
        if (!state.exists()) throw new RuleBroken("pledgeId", "pledge-unknown", "no such pledge");
    }

    private static void requireOffered(Pledge state) {
        requireExists(state);
        if (state.status() != PledgeStatus.OFFERED) {
            throw new RuleBroken("pledgeId", "pledge-not-offered", "the pledge is " + state.status() + ", no longer offered");
        }
    }

    private static void requireStanding(PartnerStanding partner) {
        if (partner == PartnerStanding.UNKNOWN) throw new RuleBroken("partnerId", "partner-unknown", "no such partner");
        if (partner == PartnerStanding.SUSPENDED) {
            throw new RuleBroken("partnerId", "partner-suspended", "a suspended partner takes on nothing new");
        }
    }

    private static Map<String, Object> remainder(Amounts remaining) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (remaining.hasRupiah()) out.put("remainingRupiah", remaining.rupiah());
        if (remaining.hasUnits()) out.put("remainingUnits", remaining.units());
        return out;
    }
}
