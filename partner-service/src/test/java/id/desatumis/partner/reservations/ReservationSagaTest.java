package id.desatumis.partner.reservations;

import id.desatumis.contracts.partner.ReservationConfirmedV1;
import id.desatumis.contracts.partner.ReservationConsumeRejectedV1;
import id.desatumis.contracts.partner.ReservationConsumedV1;
import id.desatumis.contracts.partner.ReservationRejectedV1;
import id.desatumis.contracts.partner.ReservationReleasedV1;
import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.partner.domain.Amounts;
import id.desatumis.partner.domain.PledgeBalance;
import id.desatumis.partner.domain.PledgeStatus;
import id.desatumis.partner.reservations.Assistance.Intervention;
import id.desatumis.partner.reservations.Assistance.Sent;
import id.desatumis.partner.reservations.ReservationAnswers.Answer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static id.desatumis.partner.reservations.ReservationFixtures.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The saga through Kafka, as assistance-service will use it: requests, releases and consumes as events on its topic
 * (several partitions, read by two consumers of the group at once), answers read from partner-service's topic.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class ReservationSagaTest {

    @Inject
    ReservationFixtures fixtures;

    ReservationAnswers answers;

    @BeforeAll
    static void topic() throws Exception {
        Assistance.topicExists();
    }

    @BeforeEach
    void reader() {
        answers = new ReservationAnswers(DevStack.shared().kafkaBootstrap());
    }

    @AfterEach
    void close() {
        answers.close();
    }

    @Test
    void fiftyConcurrentRequestsOfOneUnitAgainstTwentyUnitsReserveExactlyTwenty() throws Exception {
        UUID pledge = fixtures.pledge(fixtures.partner(), new Amounts(null, 20L));
        Map<UUID, List<Answer>> answered = raceFifty(id -> Assistance.SHARED.request(new Intervention(), id, null, pledge, null, 1L));
        assertExactlyTwentyOfFifty(answered);
        PledgeBalance b = fixtures.balance(pledge);
        assertThat(b.reserved().units()).isEqualTo(20);
        assertThat(b.remaining().units()).isZero();
    }

    @Test
    void fiftyConcurrentRequestsOfOneMillionRupiahAgainstTwentyMillionReserveExactlyTwenty() throws Exception {
        UUID partner = fixtures.partner();
        UUID pledge = fixtures.pledge(partner, new Amounts(20_000_000L, null));
        // without naming the pledge: the partner's matching pledge
        Map<UUID, List<Answer>> answered = raceFifty(id ->
                Assistance.SHARED.request(new Intervention(), id, partner, null, 1_000_000L, null));
        assertExactlyTwentyOfFifty(answered);
        PledgeBalance b = fixtures.balance(pledge);
        assertThat(b.reserved().rupiah()).isEqualTo(20_000_000L);
        assertThat(b.remaining().rupiah()).isZero();
    }

    private Map<UUID, List<Answer>> raceFifty(Function<UUID, Sent> send) throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) ids.add(UUID.randomUUID());
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<Sent>> sent = new ArrayList<>();
            ids.forEach(id -> sent.add(senders.submit(() -> send.apply(id))));
            for (Future<Sent> f : sent) f.get();
        } finally {
            senders.shutdown();
        }
        return answers.await(ids, PATIENCE);
    }

    private void assertExactlyTwentyOfFifty(Map<UUID, List<Answer>> answered) {
        assertThat(answered.values()).allSatisfy(a -> assertThat(a).as("each request answered once").hasSize(1));
        Map<String, Long> byType = answered.values().stream().map(a -> a.get(0).type())
                .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
        assertThat(byType).containsEntry(ReservationConfirmedV1.CE_TYPE, 20L).containsEntry(ReservationRejectedV1.CE_TYPE, 30L);
        assertThat(answered.values().stream().map(a -> a.get(0))
                .filter(a -> a.type().equals(ReservationRejectedV1.CE_TYPE)).map(Answer::reason)).containsOnly("insufficient");
    }

    @Test
    void aRequestDeliveredTwiceOrRepeatedInANewEventIsAnsweredOnce() {
        UUID pledge = fixtures.pledge(fixtures.partner(), new Amounts(null, 10L));
        UUID request = UUID.randomUUID();
        Intervention intervention = new Intervention();
        Sent first = Assistance.SHARED.request(intervention, request, null, pledge, null, 2L);
        Assistance.SHARED.resend(first); // the same event again (same ce_id and sequence)
        Sent again = Assistance.SHARED.request(intervention, request, null, pledge, null, 2L); // the same request, a new event
        Intervention elsewhere = new Intervention();
        Sent fromElsewhere = Assistance.SHARED.request(elsewhere, request, null, pledge, null, 2L); // and from another stream

        await().atMost(PATIENCE).until(() -> fixtures.mark(intervention.stream()) == 2 && fixtures.mark(elsewhere.stream()) == 1);
        List<Answer> answered = answers.await(List.of(request), PATIENCE).get(request);
        assertThat(answered).extracting(Answer::type).containsExactly(ReservationConfirmedV1.CE_TYPE);
        // whichever of them was read first (two consumers race), the answer names the request event it answers
        assertThat(answered.get(0).causationId()).isIn(first.eventId(), again.eventId(), fromElsewhere.eventId());
        assertThat(fixtures.storedTypes(request)).containsExactly("ReservationMade");
        assertThat(fixtures.balance(pledge).reserved().units()).isEqualTo(2);
    }

    @Test
    void aReleaseOfAnUnknownOrAlreadyReleasedReservationChangesNothing() {
        UUID pledge = fixtures.pledge(fixtures.partner(), new Amounts(null, 10L));
        UUID unknown = UUID.randomUUID();
        Intervention nobody = new Intervention();
        Assistance.SHARED.release(nobody, unknown, "CANCELLED");

        UUID request = UUID.randomUUID();
        Intervention intervention = new Intervention();
        Assistance.SHARED.request(intervention, request, null, pledge, null, 3L);
        Assistance.SHARED.release(intervention, request, "CANCELLED");
        Assistance.SHARED.release(intervention, request, "TIMED_OUT");

        await().atMost(PATIENCE).until(() -> fixtures.mark(intervention.stream()) == 3 && fixtures.mark(nobody.stream()) == 1);
        assertThat(answers.await(List.of(request), PATIENCE).get(request)).extracting(Answer::type).hasSize(2)
                .containsExactly(ReservationConfirmedV1.CE_TYPE, ReservationReleasedV1.CE_TYPE);
        assertThat(fixtures.storedTypes(request)).containsExactly("ReservationMade", "ReservationReleased");
        assertThat(fixtures.storedTypes(unknown)).isEmpty();
        assertThat(answers.all(unknown)).isEmpty();
        PledgeBalance b = fixtures.balance(pledge);
        assertThat(b.reserved().units()).isZero();
        assertThat(b.remaining().units()).isEqualTo(10);
    }

    @Test
    void expiryDuringOpenReservationsKeepsThemAndTheyCanStillBeConsumed() {
        UUID pledge = fixtures.pledge(fixtures.partner(), new Amounts(null, 10L));
        UUID request = UUID.randomUUID();
        Intervention intervention = new Intervention();
        Assistance.SHARED.request(intervention, request, null, pledge, null, 3L);
        answers.await(List.of(request), PATIENCE);

        fixtures.expire(pledge);
        PledgeBalance expired = fixtures.balance(pledge);
        assertThat(expired.status()).isEqualTo(PledgeStatus.EXPIRED);
        assertThat(expired.reserved().units()).as("what is reserved stays reserved").isEqualTo(3);

        UUID late = UUID.randomUUID();
        Assistance.SHARED.request(new Intervention(), late, null, pledge, null, 1L);
        Assistance.SHARED.consume(intervention, request, UUID.randomUUID(), null, 2L, true);
        Map<UUID, List<Answer>> answered = answers.await(List.of(late), PATIENCE);
        assertThat(answered.get(late)).singleElement().extracting(Answer::reason).isEqualTo("expired");
        await().atMost(PATIENCE).until(() -> answers.all(request).size() == 2);
        Answer consumed = answers.all(request).get(1);
        assertThat(consumed.type()).isEqualTo(ReservationConsumedV1.CE_TYPE);
        assertThat(consumed.body().path("units").asLong()).isEqualTo(2);
        assertThat(consumed.body().path("releasedUnits").asLong()).isEqualTo(1);
        PledgeBalance after = fixtures.balance(pledge);
        assertThat(after.reserved().units()).isZero();
        assertThat(after.consumed().units()).isEqualTo(2);
    }

    @Test
    void consumesUsePartOfAReservationAndTheFinalOneWithLessReleasesTheRest() {
        UUID pledge = fixtures.pledge(fixtures.partner(), new Amounts(50_000_000L, null));
        UUID request = UUID.randomUUID();
        Intervention intervention = new Intervention();
        Assistance.SHARED.request(intervention, request, null, pledge, 30_000_000L, null);
        Assistance.SHARED.consume(intervention, request, UUID.randomUUID(), 10_000_000L, null, false);
        Assistance.SHARED.consume(intervention, request, UUID.randomUUID(), 25_000_000L, null, false); // more than is left
        Assistance.SHARED.consume(intervention, request, UUID.randomUUID(), 12_000_000L, null, true);
        Assistance.SHARED.consume(intervention, request, UUID.randomUUID(), 1_000L, null, false); // after the final one

        await().atMost(PATIENCE).until(() -> answers.all(request).size() == 5);
        List<Answer> all = answers.all(request);
        assertThat(all).extracting(Answer::type).containsExactly(ReservationConfirmedV1.CE_TYPE, ReservationConsumedV1.CE_TYPE,
                ReservationConsumeRejectedV1.CE_TYPE, ReservationConsumedV1.CE_TYPE, ReservationConsumeRejectedV1.CE_TYPE);
        assertThat(all.get(2).reason()).isEqualTo("exceeds-reservation");
        assertThat(all.get(3).body().path("finalDelivery").asBoolean()).isTrue();
        assertThat(all.get(3).body().path("releasedRupiah").asLong()).isEqualTo(8_000_000L);
        assertThat(all.get(4).reason()).isEqualTo("reservation-closed");
        PledgeBalance b = fixtures.balance(pledge);
        assertThat(b.reserved().rupiah()).isZero();
        assertThat(b.consumed().rupiah()).isEqualTo(22_000_000L);
        assertThat(b.remaining().rupiah()).isEqualTo(28_000_000L);
    }

    @Test
    void everyRefusalReachesAssistanceWithItsReason() {
        UUID partner = fixtures.partner();
        UUID pledge = fixtures.pledge(partner, new Amounts(null, 5L));
        UUID suspendedPartner = fixtures.partner();
        UUID ofSuspended = fixtures.pledge(suspendedPartner, new Amounts(null, 5L));
        fixtures.suspend(suspendedPartner);
        UUID endedYesterday = fixtures.pledge(partner, new Amounts(null, 5L), ReservationFixtures.today().minusDays(1));
        Map<String, UUID> asked = Map.of(
                "unknown-pledge", send(null, UUID.randomUUID(), ReservationFixtures.DESA, 1L),
                "suspended", send(null, ofSuspended, ReservationFixtures.DESA, 1L),
                "expired", send(null, endedYesterday, ReservationFixtures.DESA, 1L),
                "out-of-scope", send(null, pledge, "33.14.08.2001", 1L),
                "insufficient", send(null, pledge, ReservationFixtures.DESA, 6L),
                "out-of-scope without a partner or a lead", send(null, null, ReservationFixtures.DESA, 1L),
                // without a desa the matrix was asked for a null code: the batch failed, and the channel with it
                "out-of-scope without a desa", send(null, null, null, 1L),
                "out-of-scope with a kecamatan for a desa", send(null, null, "33.14.07", 1L));
        Map<UUID, List<Answer>> answered = answers.await(asked.values(), PATIENCE);
        asked.forEach((reason, id) -> assertThat(answered.get(id)).singleElement()
                .satisfies(a -> assertThat(a.type()).isEqualTo(ReservationRejectedV1.CE_TYPE))
                .extracting(Answer::reason).as(reason).isEqualTo(reason.split(" ")[0]));
        assertThat(fixtures.balance(pledge).reserved().units()).isZero();
    }

    private UUID send(UUID partner, UUID pledge, String desa, long units) {
        UUID id = UUID.randomUUID();
        Assistance.SHARED.request(new Intervention(), id, "HOUSE_REPAIR", desa, partner, pledge, null, units);
        return id;
    }

    @Test
    void otherEventsOfAssistanceAreSkipped() {
        UUID pledge = fixtures.pledge(fixtures.partner(), new Amounts(null, 5L));
        Intervention intervention = new Intervention();
        Assistance.SHARED.planned(intervention);
        UUID request = UUID.randomUUID();
        Assistance.SHARED.request(intervention, request, null, pledge, null, 1L);
        assertThat(answers.await(List.of(request), PATIENCE).get(request)).singleElement()
                .extracting(Answer::type).isEqualTo(ReservationConfirmedV1.CE_TYPE);
        assertThat(fixtures.mark(intervention.stream())).isEqualTo(2);
    }
}
