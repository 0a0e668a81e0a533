package id.desatumis.contracts.partner;

/**
 * A coordination meeting was scheduled. Published on {@link PartnerTopics#FORUM} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param forumId     the forum
 * @param type        TKPKD_COORDINATION, MUSYAWARAH_KECAMATAN or MUSYAWARAH_DESA
 * @param date        ISO-8601 date
 * @param place       where
 * @param agenda      what it is to discuss
 * @param areaCode    the regency, kecamatan or desa it is held for
 * @param scheduledAt ISO-8601 instant
 */
public record ForumScheduledV1(String forumId, String type, String date, String place, String agenda, String areaCode,
                             String scheduledAt) {

    public static final String EVENT_TYPE = "ForumScheduled";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.partner.ForumScheduled.v1";
}
