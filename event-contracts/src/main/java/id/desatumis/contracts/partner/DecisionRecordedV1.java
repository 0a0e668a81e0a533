package id.desatumis.contracts.partner;

import id.desatumis.contracts.OptionalField;

/**
 * A forum decided something: other services check a cited decision exists and belongs to the right area by these.
 * Published on {@link PartnerTopics#FORUM} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param forumId           the forum
 * @param number            stable and unique, e.g. MD/33.14.07.2003/2026/004
 * @param text              what was decided
 * @param approvesKind      PLEDGE, RESPONSIBILITY, VERIFICATION_LIST, INTERVENTION_PLAN or OTHER
 * @param approvesReference what exactly, when named (a pledge id, a plan reference)
 * @param forumType         the forum's type
 * @param areaCode          the forum's area: a decision holds for it and the areas within it
 * @param decidedOn         ISO-8601 date
 * @param recordedAt        ISO-8601 instant
 */
public record DecisionRecordedV1(String forumId, String number, String text, String approvesKind,
                               @OptionalField String approvesReference, String forumType, String areaCode, String decidedOn,
                               String recordedAt) {

    public static final String EVENT_TYPE = "DecisionRecorded";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.partner.DecisionRecorded.v1";
}
