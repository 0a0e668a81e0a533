package id.desatumis.partner.pledges;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.contracts.partner.PledgeAcceptedV1;
import id.desatumis.contracts.partner.PledgeDeclinedV1;
import id.desatumis.contracts.partner.PledgeOfferedV1;
import id.desatumis.contracts.partner.PledgeWithdrawnV1;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.TopicRecords;
import id.desatumis.partner.Auth;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.desatumis.partner.pledges.Offers.accepted;
import static id.desatumis.partner.pledges.Offers.command;
import static id.desatumis.partner.pledges.Offers.houses;
import static id.desatumis.partner.pledges.Offers.offered;
import static org.assertj.core.api.Assertions.assertThat;

/** Every change to a pledge goes out on desatumis.partner.pledge.v1, keyed by its stream, as its contract. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class PledgeEventsPublishedTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    Pool pool;

    @Test
    void anOfferItsAcceptanceAndAWithdrawalArePublishedInOrder() throws Exception {
        UUID partner = Fixtures.partner(pool);
        UUID pledge = accepted(pool, partner, houses());
        command(Auth.partner(partner), pledge, "withdrawal", Map.of("units", 2, "reason", "two houses done by the desa"))
                .statusCode(200);
        List<ConsumerRecord<String, String>> records = TopicRecords.withKey(PartnerTopics.PLEDGE, "pledge-" + pledge, 3, PATIENCE);
        assertThat(records).extracting(r -> TopicRecords.header(r, "ce_type"))
                .containsExactly(PledgeOfferedV1.CE_TYPE, PledgeAcceptedV1.CE_TYPE, PledgeWithdrawnV1.CE_TYPE);
        assertThat(records).extracting(r -> TopicRecords.header(r, "ce_source")).containsOnly(PartnerTopics.SOURCE);
        JsonNode offeredEvent = JSON.readTree(records.get(0).value());
        assertThat(offeredEvent.get("partnerId").asText()).isEqualTo(partner.toString());
        assertThat(offeredEvent.get("kinds").get(0).asText()).isEqualTo("HOUSE_REPAIR");
        assertThat(offeredEvent.get("scopeCodes").get(0).asText()).isEqualTo(Offers.KECAMATAN);
        assertThat(offeredEvent.get("amountRupiah").asLong()).isEqualTo(50_000_000L);
        assertThat(offeredEvent.get("units").asLong()).isEqualTo(10);
        assertThat(offeredEvent.get("unit").asText()).isEqualTo("HOUSE");
        JsonNode withdrawn = JSON.readTree(records.get(2).value());
        assertThat(withdrawn.get("units").asLong()).isEqualTo(2);
        assertThat(withdrawn.get("entire").asBoolean()).isFalse();
        assertThat(withdrawn.get("reason").asText()).isEqualTo("two houses done by the desa");
    }

    @Test
    void aDeclineIsPublishedWithItsReason() throws Exception {
        UUID partner = Fixtures.partner(pool);
        UUID pledge = offered(Auth.partner(partner), partner, houses());
        command(Auth.dinsos(), pledge, "decline", Map.of("reason", "outside the year's villages")).statusCode(200);
        var records = TopicRecords.withKey(PartnerTopics.PLEDGE, "pledge-" + pledge, 2, PATIENCE);
        assertThat(TopicRecords.header(records.get(1), "ce_type")).isEqualTo(PledgeDeclinedV1.CE_TYPE);
        assertThat(JSON.readTree(records.get(1).value()).get("reason").asText()).isEqualTo("outside the year's villages");
    }
}
