package id.desatumis.partner.forums;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.partner.ActorsInvitedV1;
import id.desatumis.contracts.partner.AttendanceRecordedV1;
import id.desatumis.contracts.partner.DecisionRecordedV1;
import id.desatumis.contracts.partner.ForumScheduledV1;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.TopicRecords;
import id.desatumis.partner.Auth;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static id.desatumis.partner.forums.ForumRequests.DESA;
import static id.desatumis.partner.forums.ForumRequests.HELD;
import static id.desatumis.partner.forums.ForumRequests.attendance;
import static id.desatumis.partner.forums.ForumRequests.line;
import static id.desatumis.partner.forums.ForumRequests.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What other services read of a forum on Kafka: the meeting, its invitations, attendance and decisions, as CloudEvents
 * of the forum's stream, in order; a decision carries its forum's type and area, so a citation can be checked.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class ForumEventsTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void aForumsLifeIsPublishedOnTheForumTopic() throws Exception {
        String forum = ForumRequests.schedule(Auth.operator(DESA), ForumRequests.musdes(DESA, HELD));
        List<String> actors = ForumRequests.invited(Auth.operator(DESA), forum, 2);
        post(Auth.operator(DESA), forum, "/attendance", attendance(line(actors.get(0), "PRESENT", null),
                line(actors.get(1), "REPRESENTED", "Staf Bidang CSR"))).statusCode(200);
        String number = ForumRequests.number("MD/" + DESA);
        post(Auth.operator(DESA), forum, "/decisions", ForumRequests.decision(number, "VERIFICATION_LIST", "VL-7")).statusCode(200);

        String stream = "forum-" + forum;
        var records = TopicRecords.withKey(PartnerTopics.FORUM, stream, 5, PATIENCE);
        assertThat(records).extracting(r -> TopicRecords.header(r, "ce_type")).containsExactly(ForumScheduledV1.CE_TYPE,
                ActorsInvitedV1.CE_TYPE, AttendanceRecordedV1.CE_TYPE, AttendanceRecordedV1.CE_TYPE, DecisionRecordedV1.CE_TYPE);
        assertThat(records).extracting(r -> TopicRecords.header(r, "ce_subject")).containsOnly(stream);
        assertThat(records).extracting(r -> TopicRecords.header(r, "ce_source")).containsOnly(PartnerTopics.SOURCE);

        ObjectMapper json = new ObjectMapper();
        var scheduled = json.readValue(records.get(0).value(), ForumScheduledV1.class);
        assertThat(scheduled.type()).isEqualTo("MUSYAWARAH_DESA");
        assertThat(scheduled.areaCode()).isEqualTo(DESA);
        assertThat(scheduled.date()).isEqualTo(HELD.toString());
        assertThat(json.readValue(records.get(1).value(), ActorsInvitedV1.class).partnerIds()).containsExactlyElementsOf(actors);
        var represented = json.readValue(records.get(3).value(), AttendanceRecordedV1.class);
        assertThat(represented.partnerId()).isEqualTo(actors.get(1));
        assertThat(represented.attendance()).isEqualTo("REPRESENTED");
        assertThat(represented.representedBy()).isEqualTo("Staf Bidang CSR");
        var decision = json.readValue(records.get(4).value(), DecisionRecordedV1.class);
        assertThat(decision.number()).isEqualTo(number);
        assertThat(decision.forumId()).isEqualTo(forum);
        assertThat(decision.approvesKind()).isEqualTo("VERIFICATION_LIST");
        assertThat(decision.approvesReference()).isEqualTo("VL-7");
        assertThat(decision.forumType()).isEqualTo("MUSYAWARAH_DESA");
        assertThat(decision.areaCode()).isEqualTo(DESA);
        assertThat(decision.decidedOn()).isEqualTo(HELD.toString());
        // who recorded it stays in the event store
        assertThat(records).allSatisfy(r -> assertThat(r.value()).doesNotContain("operator-" + DESA));
    }
}
