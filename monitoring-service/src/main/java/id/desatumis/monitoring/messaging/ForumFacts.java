package id.desatumis.monitoring.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.partner.ActorsInvitedV1;
import id.desatumis.contracts.partner.AttendanceRecordedV1;
import id.desatumis.contracts.partner.DecisionRecordedV1;
import id.desatumis.contracts.partner.ForumScheduledV1;
import id.desatumis.contracts.partner.ResponsibilityAssignedV1;
import id.desatumis.contracts.partner.ResponsibilityClearedV1;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.monitoring.persistence.DecisionsTable;
import id.desatumis.monitoring.persistence.ForumAttendanceTable;
import id.desatumis.monitoring.persistence.ForumsTable;
import id.desatumis.monitoring.persistence.ResponsibilityTable;
import id.desatumis.monitoring.persistence.RowWrite;

import java.util.List;
import java.util.UUID;

/** partner-service's forums (meetings, invitations, attendance, decisions) and responsibility matrix as rows. */
final class ForumFacts {

    private static final String PART = "PartnersPart";
    static final List<String> ATTENDANCE = List.of("PRESENT", "REPRESENTED", "ABSENT_WITH_NOTICE",
            "ABSENT_WITHOUT_NOTICE");

    private ForumFacts() {
    }

    /**
     * The rows of a forum's or a matrix cell's event; null for another type. Invitations and attendance name no
     * area: the part looks up their forum's.
     */
    static RowChanges of(ConsumedEvent event, ObjectMapper mapper) {
        EventFields f = new EventFields(event);
        return switch (event.type()) {
            case ForumScheduledV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, ForumScheduledV1.class, PART);
                yield RowChanges.of(e.areaCode(), new ForumsTable.Scheduled(f.id("forumId", e.forumId()),
                        f.text("type", e.type()), f.text("areaCode", e.areaCode()), f.date("date", e.date()),
                        f.at("scheduledAt", e.scheduledAt())));
            }
            case ActorsInvitedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, ActorsInvitedV1.class, PART);
                UUID forum = f.id("forumId", e.forumId());
                var at = f.at("invitedAt", e.invitedAt());
                yield RowChanges.of(null, f.ids("partnerIds", e.partnerIds()).stream()
                        .map(p -> (RowWrite) new ForumAttendanceTable.Invited(forum, p, at)).toArray(RowWrite[]::new));
            }
            case AttendanceRecordedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, AttendanceRecordedV1.class, PART);
                yield RowChanges.of(null, new ForumAttendanceTable.Recorded(f.id("forumId", e.forumId()),
                        f.id("partnerId", e.partnerId()), f.oneOf("attendance", e.attendance(), ATTENDANCE),
                        event.sequence(), f.at("recordedAt", e.recordedAt())));
            }
            case DecisionRecordedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, DecisionRecordedV1.class, PART);
                yield RowChanges.of(e.areaCode(), new DecisionsTable.Recorded(f.text("number", e.number()),
                        f.id("forumId", e.forumId()), e.forumType(), e.areaCode(), e.approvesKind(),
                        f.optionalDate("decidedOn", e.decidedOn()), f.at("recordedAt", e.recordedAt())));
            }
            case ResponsibilityAssignedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, ResponsibilityAssignedV1.class, PART);
                yield RowChanges.of(RegionCatalog.SRAGEN, new ResponsibilityTable.Entry(f.text("kind", e.kind()),
                        f.text("areaCode", e.areaCode()), event.sequence(), f.id("leadPartnerId", e.leadPartnerId()),
                        f.ids("supportingPartnerIds", e.supportingPartnerIds()), e.decisionNumber(),
                        f.date("effectiveFrom", e.effectiveFrom()), f.at("assignedAt", e.assignedAt())));
            }
            case ResponsibilityClearedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, ResponsibilityClearedV1.class, PART);
                yield RowChanges.of(RegionCatalog.SRAGEN, new ResponsibilityTable.Entry(f.text("kind", e.kind()),
                        f.text("areaCode", e.areaCode()), event.sequence(), null, List.of(), e.decisionNumber(),
                        f.date("effectiveFrom", e.effectiveFrom()), f.at("clearedAt", e.clearedAt())));
            }
            default -> null;
        };
    }
}
