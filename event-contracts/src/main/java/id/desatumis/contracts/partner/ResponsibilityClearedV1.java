package id.desatumis.contracts.partner;

/**
 * A kind of need in an area has no lead any more from a date (a wider area's lead applies, if any). Published on {@link
 * PartnerTopics#RESPONSIBILITY} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param kind           the kind of need
 * @param areaCode       dotted area code
 * @param decisionNumber the forum decision
 * @param effectiveFrom  ISO-8601 date
 * @param reason         why
 * @param clearedAt      ISO-8601 instant
 */
public record ResponsibilityClearedV1(String kind, String areaCode, String decisionNumber, String effectiveFrom, String reason,
                                    String clearedAt) {

    public static final String EVENT_TYPE = "ResponsibilityCleared";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.partner.ResponsibilityCleared.v1";
}
