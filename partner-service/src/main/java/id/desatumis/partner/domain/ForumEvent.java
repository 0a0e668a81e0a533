package id.desatumis.partner.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A coordination meeting (stream {@code forum-<forumId>}): who was invited, who came, what it decided. */
public sealed interface ForumEvent {

    UUID forumId();

    record ForumScheduled(UUID forumId, ForumType type, LocalDate date, String place, String agenda, String areaCode,
                          String scheduledBy) implements ForumEvent {
    }

    record ActorsInvited(UUID forumId, List<UUID> partnerIds, String invitedBy) implements ForumEvent {
    }

    /** @param representedBy the role of whoever came in the actor's place (REPRESENTED only), never a name */
    record AttendanceRecorded(UUID forumId, UUID partnerId, Attendance attendance, String representedBy,
                              String recordedBy) implements ForumEvent {
    }

    /**
     * @param number    stable and unique across the programme, e.g. {@code MD/33.14.07.2003/2026/004}
     * @param forumType and {@code areaCode}: the forum's, carried so that whoever cites the decision can check its area
     */
    record DecisionRecorded(UUID forumId, String number, String text, Approval approves, ForumType forumType, String areaCode,
                            LocalDate decidedOn, String recordedBy) implements ForumEvent {
    }
}
