package id.desatumis.partner.domain;

import java.util.UUID;

/** What happens to a partner (stream {@code partner-<partnerId>}). No personal data: a contact is a role, not a name. */
public sealed interface PartnerEvent {

    UUID partnerId();

    /**
     * @param opdCode     the office code of an OPD (the {@code opd} claim of its staff's tokens); null for others
     * @param contactRole the role to contact (e.g. "Kepala Bidang Rehabilitasi Sosial"), never a person's name
     */
    record PartnerRegistered(UUID partnerId, PartnerType type, String name, String opdCode, String contactRole,
                             String registeredBy) implements PartnerEvent {
    }

    record PartnerSuspended(UUID partnerId, String reason, String suspendedBy) implements PartnerEvent {
    }

    record PartnerReinstated(UUID partnerId, String reason, String reinstatedBy) implements PartnerEvent {
    }
}
