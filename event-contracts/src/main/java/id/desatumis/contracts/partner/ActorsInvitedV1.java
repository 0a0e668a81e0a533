package id.desatumis.contracts.partner;

import java.util.List;

/**
 * Actors were invited to a forum. Published on {@link PartnerTopics#FORUM} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param forumId    the forum
 * @param partnerIds the actors invited
 * @param invitedAt  ISO-8601 instant
 */
public record ActorsInvitedV1(String forumId, List<String> partnerIds, String invitedAt) {

    public static final String EVENT_TYPE = "ActorsInvited";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.partner.ActorsInvited.v1";
}
