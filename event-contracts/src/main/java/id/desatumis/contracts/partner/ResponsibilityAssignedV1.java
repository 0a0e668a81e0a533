package id.desatumis.contracts.partner;

import java.util.List;

/**
 * A forum decision made an actor the lead for a kind of need in an area from a date, with any supporting actors; the
 * most specific area wins. Published on {@link PartnerTopics#RESPONSIBILITY} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param kind                 the kind of need
 * @param areaCode             the regency, a kecamatan or a desa (dotted code)
 * @param leadPartnerId        the lead actor
 * @param supportingPartnerIds supporting actors
 * @param decisionNumber       the forum decision
 * @param effectiveFrom        ISO-8601 date
 * @param assignedAt           ISO-8601 instant
 */
public record ResponsibilityAssignedV1(String kind, String areaCode, String leadPartnerId, List<String> supportingPartnerIds,
                                     String decisionNumber, String effectiveFrom, String assignedAt) {

    public static final String EVENT_TYPE = "ResponsibilityAssigned";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.partner.ResponsibilityAssigned.v1";
}
