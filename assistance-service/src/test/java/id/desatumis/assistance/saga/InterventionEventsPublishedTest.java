package id.desatumis.assistance.saga;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assistance.domain.Confirmation;
import id.desatumis.assistance.domain.Delivery;
import id.desatumis.assistance.domain.DisputeGround;
import id.desatumis.assistance.domain.Evidence;
import id.desatumis.assistance.domain.GuardOverride;
import id.desatumis.assistance.domain.Intervention;
import id.desatumis.assistance.domain.Interventions;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.Plan;
import id.desatumis.assistance.domain.Quantity;
import id.desatumis.assistance.domain.Resolution;
import id.desatumis.assistance.domain.Source;
import id.desatumis.assistance.domain.SourceType;
import id.desatumis.assistance.domain.Stage;
import id.desatumis.assistance.domain.Tranche;
import id.desatumis.assistance.saga.SagaFixtures.Planned;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.assistance.DeliveryDisputedV1;
import id.desatumis.contracts.assistance.DeliveryReportedV1;
import id.desatumis.contracts.assistance.DeliveryVerifiedV1;
import id.desatumis.contracts.assistance.DisputeResolvedV1;
import id.desatumis.contracts.assistance.InterventionCancelledV1;
import id.desatumis.contracts.assistance.InterventionPlannedV1;
import id.desatumis.contracts.assistance.InterventionReservationRejectedV1;
import id.desatumis.contracts.assistance.InterventionResourcedV1;
import id.desatumis.contracts.assistance.InterventionSourceChangedV1;
import id.desatumis.contracts.assistance.ReservationConsumeRequestedV1;
import id.desatumis.contracts.assistance.ReservationRequestedV1;
import id.desatumis.contracts.assistance.UnplannedDeliveryRecordedV1;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.TopicRecords;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static id.desatumis.assistance.saga.SagaFixtures.PATIENCE;
import static id.desatumis.assistance.saga.SagaFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every published event of an intervention goes out on desatumis.assistance.intervention.v1, keyed by its stream, as
 * its contract, in the stream's order; what staff, offices and villages wrote as free text, the photo's storage
 * reference and who reported or recorded never go out.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class InterventionEventsPublishedTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PHOTO_SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    /** Free text, a storage reference and subjects that must stay in the service. */
    private static final List<String> KEPT_IN = List.of("Wahyuni", "s3://", "mandor", "returned", "staf-", "operator-",
            "offline", "Bedah Rumah", "checked twice");

    @Inject
    SagaFixtures fixtures;

    @Test
    void aPledgesInterventionFromPlanToADisputeResolvedIsPublishedInOrder() throws Exception {
        UUID pledge = UUID.randomUUID();
        Planned p = fixtures.planAndResource(SagaFixtures.plan(Source.pledge(pledge), Quantity.ofRupiah(10_000_000L)), pledge);
        PartnerAnswers.confirm(p);
        await().atMost(PATIENCE).until(() -> fixtures.state(p.interventionId()).stage() == Stage.RESOURCED);
        LocalDate today = today();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        fixtures.decide(p.interventionId(), s -> Interventions.deliver(s, new Delivery(first, today,
                "semen 20 sak diserahkan kepada Ibu Sri Wahyuni", Quantity.ofRupiah(4_000_000L), null,
                new Evidence("BAST/2026/0417", "s3://bukti/rumah-0417.jpg", PHOTO_SHA), "staf-dpupr", null), today));
        fixtures.decide(p.interventionId(), s -> Interventions.verify(s, first, new Confirmation(
                Confirmation.ConfirmedBy.HEAD_OF_HOUSEHOLD, today, Confirmation.Method.THUMBPRINT, "operator-desa"), today));
        fixtures.decide(p.interventionId(), s -> Interventions.deliver(s, new Delivery(second, today, "atap dan kusen",
                Quantity.ofRupiah(6_000_000L), null, new Evidence("BAST/2026/0418", null, null), "staf-dinsos",
                "the office's system was offline"), today));
        fixtures.decide(p.interventionId(), s -> Interventions.dispute(s, second, DisputeGround.ASKED_TO_PAY,
                "diminta membayar oleh mandor", "operator-desa"));
        fixtures.decide(p.interventionId(), s -> Interventions.resolve(s, second, Resolution.ACCEPT,
                "checked twice on site: the payment was returned"));

        List<ConsumerRecord<String, String>> published = TopicRecords.withKey(AssistanceTopics.INTERVENTION, p.stream(), 10, PATIENCE);
        assertThat(published).extracting(r -> TopicRecords.header(r, "ce_type")).containsExactly(
                InterventionPlannedV1.CE_TYPE, ReservationRequestedV1.CE_TYPE, InterventionResourcedV1.CE_TYPE,
                DeliveryReportedV1.CE_TYPE, ReservationConsumeRequestedV1.CE_TYPE, DeliveryVerifiedV1.CE_TYPE,
                DeliveryReportedV1.CE_TYPE, ReservationConsumeRequestedV1.CE_TYPE, DeliveryDisputedV1.CE_TYPE,
                DisputeResolvedV1.CE_TYPE);
        assertThat(published).extracting(r -> TopicRecords.header(r, "ce_sequence"))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(published).extracting(r -> TopicRecords.header(r, "ce_source")).containsOnly(AssistanceTopics.SOURCE);
        assertThat(published).extracting(r -> TopicRecords.header(r, "ce_subject")).containsOnly(p.stream());
        assertKeepsItsWordsIn(published);

        JsonNode planned = body(published, 0);
        assertThat(planned.get("interventionId").asText()).isEqualTo(p.interventionId().toString());
        assertThat(planned.get("needId").asText()).isEqualTo(p.needId().toString());
        assertThat(planned.get("householdId").asText()).isEqualTo(p.householdId().toString());
        assertThat(planned.get("actorId").asText()).isEqualTo(p.actorId().toString());
        assertThat(planned.get("kind").asText()).isEqualTo("HOUSE_REPAIR");
        assertThat(planned.get("desaCode").asText()).isEqualTo(SagaFixtures.DESA);
        assertThat(planned.get("sourceType").asText()).isEqualTo("PLEDGE");
        assertThat(planned.get("pledgeId").asText()).isEqualTo(pledge.toString());
        assertThat(planned.get("amountRupiah").asLong()).isEqualTo(10_000_000L);
        assertThat(planned.get("dueDate").asText()).isEqualTo(p.plan().dueDate().toString());
        assertThat(planned.get("decisionNumber").asText()).isEqualTo(p.plan().decisionNumber());
        assertThat(planned.get("plannedOn").asText()).isEqualTo(today.toString());
        assertThat(planned.get("tranches")).isEmpty();

        // the request as partner-service reads it: the need, its kind and desa, the plan's pledge, no partner
        JsonNode request = body(published, 1);
        assertThat(request.get("requestId").asText()).isEqualTo(p.requestId().toString());
        assertThat(request.get("interventionId").asText()).isEqualTo(p.interventionId().toString());
        assertThat(request.get("needId").asText()).isEqualTo(p.needId().toString());
        assertThat(request.get("kind").asText()).isEqualTo("HOUSE_REPAIR");
        assertThat(request.get("desaCode").asText()).isEqualTo(SagaFixtures.DESA);
        assertThat(request.get("pledgeId").asText()).isEqualTo(pledge.toString());
        assertThat(request.path("partnerId").isNull() || request.path("partnerId").isMissingNode()).isTrue();
        assertThat(request.get("amountRupiah").asLong()).isEqualTo(10_000_000L);

        JsonNode resourced = body(published, 2);
        assertThat(resourced.get("requestId").asText()).isEqualTo(p.requestId().toString());
        assertThat(resourced.get("amountRupiah").asLong()).isEqualTo(10_000_000L);

        JsonNode reported = body(published, 3);
        assertThat(reported.get("deliveryId").asText()).isEqualTo(first.toString());
        assertThat(reported.get("deliveredOn").asText()).isEqualTo(today.toString());
        assertThat(reported.get("amountRupiah").asLong()).isEqualTo(4_000_000L);
        assertThat(reported.get("evidenceDocumentNumber").asText()).isEqualTo("BAST/2026/0417");
        assertThat(reported.get("photoSha256").asText()).isEqualTo(PHOTO_SHA);
        assertThat(reported.get("onBehalf").asBoolean()).isFalse();
        JsonNode consume = body(published, 4);
        assertThat(consume.get("requestId").asText()).isEqualTo(p.requestId().toString());
        assertThat(consume.get("deliveryId").asText()).isEqualTo(first.toString());
        assertThat(consume.get("amountRupiah").asLong()).isEqualTo(4_000_000L);
        assertThat(consume.get("finalDelivery").asBoolean()).isFalse();

        JsonNode verified = body(published, 5);
        assertThat(verified.get("deliveryId").asText()).isEqualTo(first.toString());
        assertThat(verified.get("confirmedBy").asText()).isEqualTo("HEAD_OF_HOUSEHOLD");
        assertThat(verified.get("method").asText()).isEqualTo("THUMBPRINT");
        assertThat(verified.get("confirmedOn").asText()).isEqualTo(today.toString());

        assertThat(body(published, 6).get("onBehalf").asBoolean()).isTrue();
        assertThat(body(published, 7).get("finalDelivery").asBoolean()).isTrue();
        assertThat(body(published, 8).get("ground").asText()).isEqualTo("ASKED_TO_PAY");
        assertThat(body(published, 9).get("resolution").asText()).isEqualTo("ACCEPT");
        assertThat(body(published, 9).get("deliveryId").asText()).isEqualTo(second.toString());
    }

    @Test
    void aBudgetLinesInterventionIsResourcedAtOnceAndItsCancellationNamesItsCauseOnly() throws Exception {
        Planned p = fixtures.fromBudget();
        fixtures.decide(p.interventionId(), s -> Interventions.cancel(s, "CANCELLED_BY_STAFF", "entered twice, checked twice"));

        var published = TopicRecords.withKey(AssistanceTopics.INTERVENTION, p.stream(), 3, PATIENCE);
        assertThat(published).extracting(r -> TopicRecords.header(r, "ce_type")).containsExactly(
                InterventionPlannedV1.CE_TYPE, InterventionResourcedV1.CE_TYPE, InterventionCancelledV1.CE_TYPE);
        assertKeepsItsWordsIn(published);
        JsonNode planned = body(published, 0);
        assertThat(planned.get("sourceType").asText()).isEqualTo("APBD");
        assertThat(planned.get("budgetLineId").asText()).isEqualTo(p.plan().source().budgetLineId().toString());
        assertThat(planned.get("budgetCode").asText()).isEqualTo("1.04.01.2.01");
        assertThat(planned.path("pledgeId").isNull() || planned.path("pledgeId").isMissingNode()).isTrue();
        JsonNode resourced = body(published, 1);
        assertThat(resourced.get("budgetLineId").asText()).isEqualTo(p.plan().source().budgetLineId().toString());
        assertThat(resourced.get("amountRupiah").asLong()).isEqualTo(25_000_000L);
        assertThat(resourced.path("requestId").isNull() || resourced.path("requestId").isMissingNode()).isTrue();
        assertThat(body(published, 2).get("cause").asText()).isEqualTo("CANCELLED_BY_STAFF");
    }

    @Test
    void anInterventionRefusedByThePledgeAndResourcedFromABudgetLinePublishesItsNewSource() throws Exception {
        UUID pledge = UUID.randomUUID();
        Planned p = fixtures.planAndResource(SagaFixtures.plan(Source.pledge(pledge), Quantity.ofRupiah(5_000_000L)), pledge);
        PartnerAnswers.reject(p, "insufficient");
        await().atMost(PATIENCE).until(() -> fixtures.state(p.interventionId()).stage() == Stage.PLANNED);
        UUID line = UUID.randomUUID();
        fixtures.decide(p.interventionId(), s -> Interventions.resource(s, UUID.randomUUID(),
                Source.budget(SourceType.APBN, line, "2.01.03")));

        var published = TopicRecords.withKey(AssistanceTopics.INTERVENTION, p.stream(), 5, PATIENCE);
        assertThat(published).extracting(r -> TopicRecords.header(r, "ce_type")).containsExactly(
                InterventionPlannedV1.CE_TYPE, ReservationRequestedV1.CE_TYPE, InterventionReservationRejectedV1.CE_TYPE,
                InterventionSourceChangedV1.CE_TYPE, InterventionResourcedV1.CE_TYPE);
        JsonNode rejected = body(published, 2);
        assertThat(rejected.get("requestId").asText()).isEqualTo(p.requestId().toString());
        assertThat(rejected.get("reason").asText()).isEqualTo("insufficient");
        JsonNode changed = body(published, 3);
        assertThat(changed.get("sourceType").asText()).isEqualTo("APBN");
        assertThat(changed.get("budgetLineId").asText()).isEqualTo(line.toString());
        assertThat(changed.get("budgetCode").asText()).isEqualTo("2.01.03");
        assertThat(body(published, 4).get("budgetLineId").asText()).isEqualTo(line.toString());
    }

    @Test
    void businessCapitalInTranchesForAMemberOverADoubleAssistanceOverrideIsPublishedWithItsSchedule() throws Exception {
        UUID earlier = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        LocalDate today = today();
        Plan base = SagaFixtures.plan(Source.budget(SourceType.APBDES, UUID.randomUUID(), "5.1.02"), Quantity.ofRupiah(3_000_000L));
        Plan plan = new Plan(base.needId(), base.householdId(), member, NeedKind.BUSINESS_CAPITAL, base.desaCode(),
                base.actorId(), "the village's BUMDes runs the programme", base.source(), base.amount(),
                List.of(new Tranche(1, 1_500_000L, today.plusMonths(1)), new Tranche(2, 1_500_000L, today.plusMonths(2))),
                today.plusMonths(3), base.decisionNumber(), new GuardOverride(earlier, "the earlier one was checked twice"));
        Planned p = fixtures.planAndResource(plan, null);

        var published = TopicRecords.withKey(AssistanceTopics.INTERVENTION, p.stream(), 2, PATIENCE);
        assertKeepsItsWordsIn(published);
        assertThat(published.get(0).value()).doesNotContain("BUMDes");
        JsonNode planned = body(published, 0);
        assertThat(planned.get("memberId").asText()).isEqualTo(member.toString());
        assertThat(planned.get("kind").asText()).isEqualTo("BUSINESS_CAPITAL");
        assertThat(planned.get("overridesInterventionId").asText()).isEqualTo(earlier.toString());
        assertThat(planned.get("tranches")).hasSize(2);
        assertThat(planned.get("tranches").get(1).get("number").asInt()).isEqualTo(2);
        assertThat(planned.get("tranches").get(1).get("rupiah").asLong()).isEqualTo(1_500_000L);
        assertThat(planned.get("tranches").get(1).get("due").asText()).isEqualTo(today.plusMonths(2).toString());
    }

    @Test
    void anOfficesUnplannedDeliveryIsPublishedWithoutItsProgrammeOrDescription() throws Exception {
        UUID interventionId = UUID.randomUUID();
        UUID deliveryId = UUID.randomUUID();
        LocalDate yesterday = today().minusDays(1);
        Plan plan = SagaFixtures.plan(Source.ownProgramme("Program Bedah Rumah DPUPR 2026"), Quantity.ofRupiah(15_000_000L));
        Delivery delivery = new Delivery(deliveryId, yesterday, "rumah Ibu Sri Wahyuni diperbaiki", Quantity.ofRupiah(15_000_000L),
                null, new Evidence("SPK/DPUPR/2026/77", "s3://dpupr/77.jpg", PHOTO_SHA), "staf-dpupr", null);
        fixtures.append(interventionId, Interventions.recordUnplanned(Intervention.NONE, interventionId, plan, delivery, today()));

        var published = TopicRecords.withKey(AssistanceTopics.INTERVENTION, "intervention-" + interventionId, 1, PATIENCE);
        assertThat(TopicRecords.header(published.get(0), "ce_type")).isEqualTo(UnplannedDeliveryRecordedV1.CE_TYPE);
        assertKeepsItsWordsIn(published);
        JsonNode recorded = body(published, 0);
        assertThat(recorded.get("householdId").asText()).isEqualTo(plan.householdId().toString());
        assertThat(recorded.get("actorId").asText()).isEqualTo(plan.actorId().toString());
        assertThat(recorded.get("deliveryId").asText()).isEqualTo(deliveryId.toString());
        assertThat(recorded.get("deliveredOn").asText()).isEqualTo(yesterday.toString());
        assertThat(recorded.get("amountRupiah").asLong()).isEqualTo(15_000_000L);
        assertThat(recorded.get("evidenceDocumentNumber").asText()).isEqualTo("SPK/DPUPR/2026/77");
        assertThat(recorded.get("photoSha256").asText()).isEqualTo(PHOTO_SHA);
    }

    private static JsonNode body(List<ConsumerRecord<String, String>> records, int index) throws Exception {
        return JSON.readTree(records.get(index).value());
    }

    private static void assertKeepsItsWordsIn(List<ConsumerRecord<String, String>> records) {
        for (ConsumerRecord<String, String> r : records) {
            for (String kept : KEPT_IN) assertThat(r.value()).as(TopicRecords.header(r, "ce_type")).doesNotContain(kept);
        }
    }
}
