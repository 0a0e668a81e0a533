package id.desatumis.contracts.partner;

import id.desatumis.contracts.OptionalField;

/**
 * How an actor took part in a forum. Published on {@link PartnerTopics#FORUM} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param forumId       the forum
 * @param partnerId     the actor
 * @param attendance    PRESENT, REPRESENTED, ABSENT_WITH_NOTICE or ABSENT_WITHOUT_NOTICE
 * @param representedBy the role of whoever came in its place, when REPRESENTED
 * @param recordedAt    ISO-8601 instant
 */
public record AttendanceRecordedV1(String forumId, String partnerId, String attendance, @OptionalField String representedBy,
                                 String recordedAt) {

    public static final String EVENT_TYPE = "AttendanceRecorded";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.partner.AttendanceRecorded.v1";
}
