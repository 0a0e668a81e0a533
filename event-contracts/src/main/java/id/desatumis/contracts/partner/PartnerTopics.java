package id.desatumis.contracts.partner;

/**
 * The topics partner-service writes, one per stream category. The record key is the stream id ({@code partner-<id>},
 * {@code pledge-<id>}, {@code reservation-<requestId>}, {@code responsibility-<KIND>-<areaCode>}, {@code forum-<id>}),
 * so one stream's events stay in order in one partition.
 */
public final class PartnerTopics {
    public static final String SOURCE = "/desatumis/partner";
    public static final String PARTNER = "desatumis.partner.partner.v1";
    public static final String PLEDGE = "desatumis.partner.pledge.v1";
    public static final String RESERVATION = "desatumis.partner.reservation.v1";
    public static final String RESPONSIBILITY = "desatumis.partner.responsibility.v1";
    public static final String FORUM = "desatumis.partner.forum.v1";

    private PartnerTopics() {
    }
}
