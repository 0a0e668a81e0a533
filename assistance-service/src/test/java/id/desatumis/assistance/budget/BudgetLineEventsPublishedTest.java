package id.desatumis.assistance.budget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assistance.Auth;
import id.desatumis.assistance.application.BudgetLedger;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.assistance.BudgetCeilingRevisedV1;
import id.desatumis.contracts.assistance.BudgetCommittedV1;
import id.desatumis.contracts.assistance.BudgetLineOpenedV1;
import id.desatumis.contracts.assistance.BudgetRealisedV1;
import id.desatumis.contracts.assistance.BudgetReleasedV1;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.TopicRecords;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.desatumis.assistance.budget.BudgetRequests.apbd;
import static id.desatumis.assistance.budget.BudgetRequests.opdCode;
import static id.desatumis.assistance.budget.BudgetRequests.open;
import static id.desatumis.assistance.budget.BudgetRequests.post;
import static org.assertj.core.api.Assertions.assertThat;

/** Every change to a budget line goes out on the intervention topic, keyed by its stream, as its contract. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class BudgetLineEventsPublishedTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    BudgetLedger ledger;
    @Inject
    LedgerUseCase useCase;

    @Test
    void aLinesOpeningCommitmentsRealisationReleaseAndRevisionArePublishedInOrder() throws Exception {
        String opd = opdCode();
        UUID line = UUID.fromString(open(Auth.dinsos(), apbd(opd, 10_000_000L)));
        UUID delivered = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        UUID delivery = UUID.randomUUID();
        append(line, tx -> ledger.commit(tx, line, delivered, 4_000_000L));
        append(line, tx -> ledger.commit(tx, line, cancelled, 1_000_000L));
        append(line, tx -> ledger.realise(tx, line, delivered, delivery, 4_000_000L));
        append(line, tx -> ledger.release(tx, line, cancelled));
        post(Auth.dinsos(), "/budget-lines/" + line + "/ceiling-revisions",
                Map.of("ceilingRupiah", 8_000_000L, "reason", "APBD-P")).statusCode(200);

        List<ConsumerRecord<String, String>> records = TopicRecords.withKey(AssistanceTopics.INTERVENTION,
                "budget-line-" + line, 6, PATIENCE);
        assertThat(records).extracting(r -> TopicRecords.header(r, "ce_type")).containsExactly(BudgetLineOpenedV1.CE_TYPE,
                BudgetCommittedV1.CE_TYPE, BudgetCommittedV1.CE_TYPE, BudgetRealisedV1.CE_TYPE, BudgetReleasedV1.CE_TYPE,
                BudgetCeilingRevisedV1.CE_TYPE);
        assertThat(records).extracting(r -> TopicRecords.header(r, "ce_source")).containsOnly(AssistanceTopics.SOURCE);
        JsonNode opened = JSON.readTree(records.get(0).value());
        assertThat(opened.get("lineId").asText()).isEqualTo(line.toString());
        assertThat(opened.get("fund").asText()).isEqualTo("APBD");
        assertThat(opened.get("ownerOpdCode").asText()).isEqualTo(opd);
        assertThat(opened.get("ceilingRupiah").asLong()).isEqualTo(10_000_000L);
        JsonNode committed = JSON.readTree(records.get(1).value());
        assertThat(committed.get("interventionId").asText()).isEqualTo(delivered.toString());
        assertThat(committed.get("amountRupiah").asLong()).isEqualTo(4_000_000L);
        JsonNode realised = JSON.readTree(records.get(3).value());
        assertThat(realised.get("deliveryId").asText()).isEqualTo(delivery.toString());
        JsonNode released = JSON.readTree(records.get(4).value());
        assertThat(released.get("interventionId").asText()).isEqualTo(cancelled.toString());
        assertThat(released.get("amountRupiah").asLong()).isEqualTo(1_000_000L);
        JsonNode revised = JSON.readTree(records.get(5).value());
        assertThat(revised.get("previousCeilingRupiah").asLong()).isEqualTo(10_000_000L);
        assertThat(revised.has("reason")).isFalse();
    }

    private void append(UUID line, LedgerUseCase.Decision decision) {
        assertThat(useCase.run(line, decision).committed()).isTrue();
    }
}
