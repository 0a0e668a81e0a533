package id.desatumis.contracts.partner;

import id.desatumis.contracts.OptionalField;

/**
 * An actor of the programme was registered: a government office (OPD), a village government or a partner. Published on
 * {@link PartnerTopics#PARTNER} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param partnerId    the partner's id; the {@code partner_id} claim of its staff's tokens
 * @param type         OPD, PEMDES, CSR, BUMN, BUMD, BAZNAS, LAZ, NGO, UNIVERSITY or COMMUNITY
 * @param name         the organisation's name
 * @param opdCode      for an OPD, its office code (the {@code opd} claim of its staff's tokens)
 * @param contactRole  the role to contact, never a person's name
 * @param registeredAt ISO-8601 instant
 */
public record PartnerRegisteredV1(String partnerId, String type, String name, @OptionalField String opdCode, String contactRole, String registeredAt) {

    public static final String EVENT_TYPE = "PartnerRegistered";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.partner.PartnerRegistered.v1";
}
