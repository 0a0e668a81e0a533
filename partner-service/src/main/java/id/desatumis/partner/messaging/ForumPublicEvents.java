package id.desatumis.partner.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.partner.ActorsInvitedV1;
import id.desatumis.contracts.partner.AttendanceRecordedV1;
import id.desatumis.contracts.partner.DecisionRecordedV1;
import id.desatumis.contracts.partner.ForumScheduledV1;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.eventstore.StoredEvent;
import id.desatumis.kit.outbox.PublicRecord;
import id.desatumis.partner.application.ForumAggregate;
import id.desatumis.partner.domain.Forum;
import id.desatumis.partner.domain.ForumEvent;
import id.desatumis.partner.domain.ForumEvent.ActorsInvited;
import id.desatumis.partner.domain.ForumEvent.AttendanceRecorded;
import id.desatumis.partner.domain.ForumEvent.DecisionRecorded;
import id.desatumis.partner.domain.ForumEvent.ForumScheduled;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.Set;

/**
 * What partner-service publishes of its forums, on {@link PartnerTopics#FORUM}: meetings, invitations, attendance
 * (the study found offices absent from coordination) and decisions, which other services check a citation against.
 * Actors are partner ids and a representative a role: nothing personal.
 */
@Singleton
public class ForumPublicEvents extends OneTopicCatalog<Forum, ForumEvent> {

    public ForumPublicEvents(AggregateStore aggregates, Pool pool, ForumAggregate forums, ObjectMapper mapper) {
        super(aggregates, pool, forums, Set.of("ForumScheduled", "ActorsInvited", "AttendanceRecorded", "DecisionRecorded"),
                mapper, PartnerTopics.FORUM);
    }

    @Override
    protected Optional<PublicRecord> map(StoredEvent stored, ForumEvent event) {
        String at = recordedAt(stored);
        String id = event.forumId().toString();
        if (event instanceof ForumScheduled e) {
            return publish(ForumScheduledV1.CE_TYPE, new ForumScheduledV1(id, e.type().name(), e.date().toString(), e.place(),
                    e.agenda(), e.areaCode(), at));
        }
        if (event instanceof ActorsInvited e) {
            return publish(ActorsInvitedV1.CE_TYPE,
                    new ActorsInvitedV1(id, e.partnerIds().stream().map(Object::toString).toList(), at));
        }
        if (event instanceof AttendanceRecorded e) {
            return publish(AttendanceRecordedV1.CE_TYPE, new AttendanceRecordedV1(id, e.partnerId().toString(),
                    e.attendance().name(), e.representedBy(), at));
        }
        if (event instanceof DecisionRecorded e) {
            return publish(DecisionRecordedV1.CE_TYPE, new DecisionRecordedV1(id, e.number(), e.text(),
                    e.approves().kind().name(), e.approves().reference(), e.forumType().name(), e.areaCode(),
                    e.decidedOn().toString(), at));
        }
        return Optional.empty();
    }
}
