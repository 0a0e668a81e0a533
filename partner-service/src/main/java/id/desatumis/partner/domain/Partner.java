package id.desatumis.partner.domain;

import id.desatumis.partner.domain.PartnerEvent.PartnerRegistered;
import id.desatumis.partner.domain.PartnerEvent.PartnerReinstated;
import id.desatumis.partner.domain.PartnerEvent.PartnerSuspended;

import java.util.UUID;

/**
 * A registered actor of the programme as its events leave it ({@link #NONE} before it is registered). The decisions
 * on it are {@link Partners}'.
 *
 * @param opdCode the office code of an OPD, null for every other type
 */
public record Partner(UUID partnerId, PartnerType type, String name, String opdCode, String contactRole, Status status) {

    public enum Status {
        ACTIVE, SUSPENDED
    }

    public static final Partner NONE = new Partner(null, null, null, null, null, null);

    public boolean exists() {
        return partnerId != null;
    }

    public boolean suspended() {
        return status == Status.SUSPENDED;
    }

    public static Partner evolve(Partner state, PartnerEvent event) {
        if (event instanceof PartnerRegistered e) {
            return new Partner(e.partnerId(), e.type(), e.name(), e.opdCode(), e.contactRole(), Status.ACTIVE);
        }
        if (event instanceof PartnerSuspended) return state.with(Status.SUSPENDED);
        if (event instanceof PartnerReinstated) return state.with(Status.ACTIVE);
        throw new IllegalArgumentException("unknown partner event " + event);
    }

    private Partner with(Status next) {
        return new Partner(partnerId, type, name, opdCode, contactRole, next);
    }
}
