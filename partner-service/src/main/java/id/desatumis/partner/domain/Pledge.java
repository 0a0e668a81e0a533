package id.desatumis.partner.domain;

import id.desatumis.partner.domain.PledgeEvent.PledgeAccepted;
import id.desatumis.partner.domain.PledgeEvent.PledgeDeclined;
import id.desatumis.partner.domain.PledgeEvent.PledgeExpired;
import id.desatumis.partner.domain.PledgeEvent.PledgeOffered;
import id.desatumis.partner.domain.PledgeEvent.PledgeWithdrawn;

/**
 * A pledge folded from its own stream: what was offered, where it stands, what was withdrawn. What its reservations
 * hold is not here (they are streams of their own); a decision that needs it is given the {@link PledgeBalance}.
 *
 * @param offered   null before the pledge exists
 * @param withdrawn rupiah and units taken back so far
 */
public record Pledge(PledgeOffered offered, PledgeStatus status, String decisionNumber, Amounts withdrawn) {

    public static final Pledge NONE = new Pledge(null, null, null, Amounts.ZERO);

    public boolean exists() {
        return offered != null;
    }

    public static Pledge evolve(Pledge p, PledgeEvent event) {
        if (event instanceof PledgeOffered e) return new Pledge(e, PledgeStatus.OFFERED, null, Amounts.ZERO);
        if (event instanceof PledgeAccepted e) return new Pledge(p.offered, PledgeStatus.ACCEPTED, e.decisionNumber(), p.withdrawn);
        if (event instanceof PledgeDeclined) return new Pledge(p.offered, PledgeStatus.DECLINED, p.decisionNumber, p.withdrawn);
        if (event instanceof PledgeWithdrawn e) {
            return new Pledge(p.offered, e.entire() ? PledgeStatus.WITHDRAWN : p.status, p.decisionNumber,
                    p.withdrawn.plus(e.withdrawn()));
        }
        if (event instanceof PledgeExpired) return new Pledge(p.offered, PledgeStatus.EXPIRED, p.decisionNumber, p.withdrawn);
        throw new IllegalArgumentException("unknown pledge event " + event);
    }
}
