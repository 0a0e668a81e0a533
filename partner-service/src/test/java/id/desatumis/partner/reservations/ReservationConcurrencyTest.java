package id.desatumis.partner.reservations;

import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.partner.application.ReservationSaga;
import id.desatumis.partner.application.ReservationSaga.Consume;
import id.desatumis.partner.application.ReservationSaga.Release;
import id.desatumis.partner.application.ReservationSaga.Reserve;
import id.desatumis.partner.application.ReservationSaga.Step;
import id.desatumis.partner.domain.Amounts;
import id.desatumis.partner.domain.NeedKind;
import id.desatumis.partner.domain.PledgeBalance;
import id.desatumis.partner.domain.Reservations.Request;
import id.desatumis.partner.persistence.PledgeBalances;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static id.desatumis.partner.reservations.ReservationFixtures.ACTOR;
import static id.desatumis.partner.reservations.ReservationFixtures.DESA;
import static id.desatumis.partner.reservations.ReservationFixtures.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The saga's use case in many transactions at once (as many consumers of a larger group would run it): whatever the
 * interleaving, a pledge is never over-committed, and what is refused is refused as insufficient.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class ReservationConcurrencyTest {

    @Inject
    ReservationSaga saga;
    @Inject
    ReservationFixtures fixtures;
    @Inject
    PledgeBalances balances;
    @Inject
    Pool pool;

    @Test
    void fiftyTransactionsOfOneUnitEachAgainstTwentyUnitsReserveExactlyTwenty() {
        UUID pledge = fixtures.pledge(fixtures.partner(), new Amounts(null, 20L));
        List<UUID> ids = race(50, 1, id -> request(id, null, pledge, new Amounts(null, 1L)));
        assertTwentyMadeThirtyInsufficient(ids);
        PledgeBalance b = fixtures.balance(pledge);
        assertThat(b.reserved().units()).isEqualTo(20);
        assertThat(b.remaining().units()).isZero();
    }

    @Test
    void fiftyTransactionsOfOneMillionRupiahAgainstTwentyMillionReserveExactlyTwenty() {
        UUID partner = fixtures.partner();
        UUID pledge = fixtures.pledge(partner, new Amounts(20_000_000L, null));
        List<UUID> ids = race(50, 1, id -> request(id, partner, null, new Amounts(1_000_000L, null)));
        assertTwentyMadeThirtyInsufficient(ids);
        assertThat(fixtures.balance(pledge).remaining().rupiah()).isZero();
    }

    @Test
    void batchesRacingEachOtherDecideTheirOwnRequestsInOrderAndNeverOverCommit() {
        UUID partner = fixtures.partner();
        UUID pledge = fixtures.pledge(partner, new Amounts(null, 20L));
        // five batches of ten, half naming the pledge, half the partner
        List<UUID> ids = race(5, 10, id -> request(id, id.getLeastSignificantBits() % 2 == 0 ? partner : null,
                id.getLeastSignificantBits() % 2 == 0 ? null : pledge, new Amounts(null, 1L)));
        assertTwentyMadeThirtyInsufficient(ids);
        assertThat(fixtures.balance(pledge).remaining().units()).isZero();
    }

    @Test
    void aRequestItsConsumeAndItsReleaseInOneBatchAreDecidedInOrder() {
        UUID pledge = fixtures.pledge(fixtures.partner(), new Amounts(null, 10L));
        UUID id = UUID.randomUUID();
        UUID intervention = UUID.randomUUID();
        List<Step> steps = List.of(request(id, intervention, null, pledge, new Amounts(null, 4L)),
                new Consume(id, intervention, UUID.randomUUID(), new Amounts(null, 1L), false),
                new Release(id, intervention, "CANCELLED"),
                new Release(id, intervention, "CANCELLED"));
        pool.withTransaction(tx -> saga.handle(tx, steps, ACTOR)).await().atMost(PATIENCE);
        assertThat(fixtures.storedTypes(id)).containsExactly("ReservationMade", "ReservationConsumed", "ReservationReleased");
        PledgeBalance b = fixtures.balance(pledge);
        assertThat(b.reserved().units()).isZero();
        assertThat(b.consumed().units()).isEqualTo(1);
        assertThat(b.remaining().units()).isEqualTo(9);
    }

    @Test
    void theBalancesChecksRefuseAnOverCommitmentEvenWithoutTheLock() {
        UUID pledge = fixtures.pledge(fixtures.partner(), new Amounts(null, 2L));
        assertThatThrownBy(() -> pool.withTransaction(tx -> balances.changed(tx,
                List.of(PledgeBalances.Delta.of(pledge, new Amounts(null, 3L), Amounts.ZERO)))).await().atMost(PATIENCE))
                .hasMessageContaining("pledge_units_not_overcommitted");
        assertThat(fixtures.balance(pledge).reserved().units()).isZero();
    }

    private interface Asking {
        Step step(UUID requestId);
    }

    /** {@code batches} transactions at once, each deciding {@code perBatch} requests; the ids of all of them. */
    private List<UUID> race(int batches, int perBatch, Asking asking) {
        List<UUID> ids = new ArrayList<>();
        List<Uni<Void>> transactions = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            List<Step> steps = new ArrayList<>();
            for (int i = 0; i < perBatch; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                steps.add(asking.step(id));
            }
            transactions.add(pool.withTransaction(tx -> saga.handle(tx, steps, ACTOR)));
        }
        Uni.join().all(transactions).andFailFast().await().atMost(PATIENCE);
        return ids;
    }

    private void assertTwentyMadeThirtyInsufficient(List<UUID> ids) {
        Map<String, Long> answers = ids.stream().map(fixtures::answer).collect(Collectors.groupingBy(a -> a, Collectors.counting()));
        assertThat(answers).containsExactlyInAnyOrderEntriesOf(Map.of("ReservationMade", 20L,
                "ReservationRefused insufficient", 30L));
    }

    private static Reserve request(UUID id, UUID partnerId, UUID pledgeId, Amounts amounts) {
        return request(id, UUID.randomUUID(), partnerId, pledgeId, amounts);
    }

    private static Reserve request(UUID id, UUID intervention, UUID partnerId, UUID pledgeId, Amounts amounts) {
        return new Reserve(new Request(id, intervention, UUID.randomUUID(), NeedKind.HOUSE_REPAIR, "HOUSE_REPAIR", DESA,
                partnerId, pledgeId, amounts));
    }
}
