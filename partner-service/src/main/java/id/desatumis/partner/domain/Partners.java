package id.desatumis.partner.domain;

import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.partner.domain.PartnerEvent.PartnerRegistered;
import id.desatumis.partner.domain.PartnerEvent.PartnerReinstated;
import id.desatumis.partner.domain.PartnerEvent.PartnerSuspended;

import java.util.List;
import java.util.UUID;

/**
 * What may happen to a partner. An OPD is registered with its office code (the {@code opd} claim its staff's tokens
 * carry, so one office is one partner); no other type has one. A partner is suspended and reinstated with a reason,
 * each only from the other state.
 */
public final class Partners {

    private Partners() {
    }

    /** A registration as the request gave it (its fields well-formed already). */
    public record Registration(UUID partnerId, PartnerType type, String name, String opdCode, String contactRole) {
    }

    /**
     * @param opdCodeTaken whether another partner is registered with the request's office code already
     */
    public static List<PartnerEvent> register(Partner state, Registration r, boolean opdCodeTaken, String by) {
        if (state.exists()) throw new RuleBroken("partnerId", "partner-exists", "a partner with this id is registered already");
        if (r.type() == PartnerType.OPD && r.opdCode() == null) {
            throw new RuleBroken("opdCode", "opd-code-required", "an OPD is registered with its office code");
        }
        if (r.type() != PartnerType.OPD && r.opdCode() != null) {
            throw new RuleBroken("opdCode", "opd-code-refused", "only an OPD has an office code");
        }
        if (opdCodeTaken) {
            throw new RuleBroken("opdCode", "opd-code-taken", "another partner is registered with this office code");
        }
        return List.of(new PartnerRegistered(r.partnerId(), r.type(), r.name(), r.opdCode(), r.contactRole(), by));
    }

    public static List<PartnerEvent> suspend(Partner state, String reason, String by) {
        requireRegistered(state);
        if (state.suspended()) throw new RuleBroken("partnerId", "partner-already-suspended", "the partner is suspended already");
        return List.of(new PartnerSuspended(state.partnerId(), reason, by));
    }

    public static List<PartnerEvent> reinstate(Partner state, String reason, String by) {
        requireRegistered(state);
        if (!state.suspended()) throw new RuleBroken("partnerId", "partner-not-suspended", "the partner is not suspended");
        return List.of(new PartnerReinstated(state.partnerId(), reason, by));
    }

    private static void requireRegistered(Partner state) {
        if (!state.exists()) throw new RuleBroken("partnerId", "partner-unknown", "no partner has this id");
    }
}
