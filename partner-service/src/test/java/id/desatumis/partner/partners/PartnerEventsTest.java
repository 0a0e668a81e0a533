package id.desatumis.partner.partners;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.partner.PartnerRegisteredV1;
import id.desatumis.contracts.partner.PartnerReinstatedV1;
import id.desatumis.contracts.partner.PartnerSuspendedV1;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.TopicRecords;
import id.desatumis.partner.Auth;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static id.desatumis.partner.partners.Partners.post;
import static org.assertj.core.api.Assertions.assertThat;

/** What a reporting consumer reads of partners on Kafka: each change, as CloudEvents of the partner's stream, in order. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class PartnerEventsTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void registrationSuspensionAndReinstatementArePublishedOnThePartnerTopic() throws Exception {
        String code = Partners.opdCode();
        String id = Partners.register(Auth.dinsos(), Partners.opd(code));
        post(Auth.dinsos(), "/partners/" + id + "/suspension", Map.of("reason", "no report")).statusCode(200);
        post(Auth.tkpkd(), "/partners/" + id + "/reinstatement", Map.of("reason", "reported")).statusCode(200);

        String stream = "partner-" + id;
        var records = TopicRecords.withKey(PartnerTopics.PARTNER, stream, 3, PATIENCE);
        assertThat(records).extracting(r -> TopicRecords.header(r, "ce_type"))
                .containsExactly(PartnerRegisteredV1.CE_TYPE, PartnerSuspendedV1.CE_TYPE, PartnerReinstatedV1.CE_TYPE);
        assertThat(records).extracting(r -> TopicRecords.header(r, "ce_subject")).containsOnly(stream);
        assertThat(records).extracting(r -> TopicRecords.header(r, "ce_source")).containsOnly(PartnerTopics.SOURCE);
        assertThat(records).extracting(r -> TopicRecords.header(r, "ce_sequence")).containsExactly("1", "2", "3");

        ObjectMapper json = new ObjectMapper();
        var registered = json.readValue(records.get(0).value(), PartnerRegisteredV1.class);
        assertThat(registered.partnerId()).isEqualTo(id);
        assertThat(registered.type()).isEqualTo("OPD");
        assertThat(registered.opdCode()).isEqualTo(code);
        assertThat(registered.contactRole()).isEqualTo("Kepala Bidang Perumahan");
        assertThat(json.readValue(records.get(1).value(), PartnerSuspendedV1.class).reason()).isEqualTo("no report");
        assertThat(json.readValue(records.get(2).value(), PartnerReinstatedV1.class).reason()).isEqualTo("reported");
        // who did it stays in the event store
        assertThat(records.get(0).value()).doesNotContain("staf-dinsos");
    }
}
