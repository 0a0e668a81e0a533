package id.desatumis.assistance.budget;

import id.desatumis.assistance.Auth;
import id.desatumis.assistance.application.BudgetLedger;
import id.desatumis.assistance.application.BudgetLineAggregate;
import id.desatumis.assistance.budget.LedgerUseCase.Outcome;
import id.desatumis.assistance.domain.BudgetFund;
import id.desatumis.assistance.domain.BudgetLine;
import id.desatumis.assistance.persistence.BudgetLinesTable;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.domain.RuleBroken;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static id.desatumis.assistance.budget.BudgetRequests.apbd;
import static id.desatumis.assistance.budget.BudgetRequests.get;
import static id.desatumis.assistance.budget.BudgetRequests.opdCode;
import static id.desatumis.assistance.budget.BudgetRequests.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/**
 * The ledger as the plan, cancel and deliver use cases call it, each in its own transaction that locks the line's
 * stream with its others: under any interleaving a line's ceiling is never over-committed, and its inline balance is
 * the sum of its events.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class BudgetLedgerConcurrencyTest {

    private static final Duration PATIENCE = LedgerUseCase.PATIENCE;

    @Inject
    LedgerUseCase useCase;
    @Inject
    BudgetLedger ledger;
    @Inject
    AggregateStore aggregates;
    @Inject
    BudgetLineAggregate lines;
    @Inject
    BudgetLinesTable table;
    @Inject
    Pool pool;

    @Test
    void fiftyConcurrentCommitmentsOfOneMillionAgainstTwentyMillionCommitExactlyTwenty() {
        UUID line = UUID.fromString(open(Auth.dinsos(), apbd(opdCode(), 20_000_000L)));
        List<Uni<Outcome>> plans = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            UUID intervention = UUID.randomUUID();
            plans.add(useCase.attempt(line, tx -> ledger.commit(tx, line, intervention, 1_000_000L)));
        }
        List<Outcome> outcomes = Uni.join().all(plans).andFailFast().await().atMost(PATIENCE);
        assertThat(outcomes).filteredOn(Outcome::committed).hasSize(20);
        List<Outcome> refused = outcomes.stream().filter(o -> !o.committed()).toList();
        assertThat(refused).hasSize(30).allSatisfy(o -> {
            assertThat(o.rule()).isEqualTo("budget-ceiling-exceeded");
            assertThat(o.details()).containsEntry("budgetLineId", line).containsEntry("availableRupiah", 0L);
        });
        assertBalanceIsTheSumOfTheEvents(line, 20_000_000L, 0);
        get(Auth.dinsos(), "/budget-lines/" + line).statusCode(200).body("availableRupiah", equalTo(0))
                .body("committedRupiah", equalTo(20_000_000)).body("version", equalTo(21));
        get(Auth.dinsos(), "/budget-lines/" + line + "/commitments?size=200").statusCode(200).body("total", equalTo(20));
    }

    @Test
    void commitmentsOfDifferentSizesRacingNeverPassTheCeiling() {
        UUID line = UUID.fromString(open(Auth.dinsos(), apbd(opdCode(), 10_000_000L)));
        List<Uni<Outcome>> plans = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long rupiah = 700_000L + 100_000L * (i % 5);
            plans.add(useCase.attempt(line, tx -> ledger.commit(tx, line, UUID.randomUUID(), rupiah)));
        }
        Uni.join().all(plans).andFailFast().await().atMost(PATIENCE);
        BudgetLine folded = aggregates.load(pool, lines, line).await().atMost(PATIENCE).state();
        assertThat(folded.committedRupiah()).isLessThanOrEqualTo(10_000_000L);
        assertThat(folded.availableRupiah()).isLessThan(700_000L);
        assertBalanceIsTheSumOfTheEvents(line, folded.committedRupiah(), 0);
    }

    @Test
    void aReleaseGivesBackWhatTheInterventionHoldsAndARealisationMovesItToRealised() {
        UUID line = UUID.fromString(open(Auth.dinsos(), apbd(opdCode(), 50_000_000L)));
        UUID cancelled = UUID.randomUUID();
        UUID delivered = UUID.randomUUID();
        UUID delivery = UUID.randomUUID();
        useCase.run(line, tx -> ledger.commit(tx, line, cancelled, 30_000_000L));
        useCase.run(line, tx -> ledger.commit(tx, line, delivered, 20_000_000L));
        assertThat(useCase.run(line, tx -> ledger.commit(tx, line, UUID.randomUUID(), 1L)).rule())
                .isEqualTo("budget-ceiling-exceeded");
        useCase.run(line, tx -> ledger.release(tx, line, cancelled));
        useCase.run(line, tx -> ledger.realise(tx, line, delivered, delivery, 15_000_000L));
        assertBalanceIsTheSumOfTheEvents(line, 5_000_000L, 15_000_000L);
        // nothing more to release; the same delivery is realised once; never more than the intervention holds
        assertThat(useCase.run(line, tx -> ledger.release(tx, line, cancelled)).committed()).isTrue();
        useCase.run(line, tx -> ledger.realise(tx, line, delivered, delivery, 15_000_000L));
        assertThat(useCase.run(line, tx -> ledger.realise(tx, line, delivered, UUID.randomUUID(), 5_000_001L)).rule())
                .isEqualTo("budget-realisation-exceeds-commitment");
        assertBalanceIsTheSumOfTheEvents(line, 5_000_000L, 15_000_000L);
        get(Auth.dinsos(), "/budget-lines/" + line).statusCode(200).body("availableRupiah", equalTo(30_000_000))
                .body("realisationPercent", equalTo(30.0f));
        get(Auth.dinsos(), "/budget-lines/" + line + "/commitments").statusCode(200).body("total", equalTo(2))
                .body("items.find { it.interventionId == '" + cancelled + "' }.releasedRupiah", equalTo(30_000_000))
                .body("items.find { it.interventionId == '" + delivered + "' }.realisedRupiah", equalTo(15_000_000))
                .body("items.find { it.interventionId == '" + delivered + "' }.deliveries", equalTo(1));
    }

    @Test
    void aLineIsFoundByFundCodeAndYearAndAnApbdesLineByItsDesaToo() {
        Map<String, Object> body = apbd(opdCode(), 1_000L);
        UUID line = UUID.fromString(open(Auth.dinsos(), body));
        String code = (String) body.get("code");
        int year = BudgetRequests.YEAR;
        assertThat(ledger.find(pool, BudgetFund.APBD, code, year).await().atMost(PATIENCE)).contains(line);
        assertThat(ledger.find(pool, BudgetFund.APBN, code, year).await().atMost(PATIENCE)).isEmpty();
        UUID village = UUID.fromString(open(Auth.dinsos(), BudgetRequests.apbdes(BudgetRequests.DESA, code, 1_000L)));
        assertThat(ledger.find(pool, BudgetFund.APBDES, code, year, BudgetRequests.DESA).await().atMost(PATIENCE))
                .contains(village);
        assertThat(ledger.find(pool, BudgetFund.APBDES, code, year).await().atMost(PATIENCE)).isEmpty();
        assertThatThrownBy(() -> ledger.require(pool, BudgetFund.APBDES, code, year, BudgetRequests.OTHER_DESA)
                .await().atMost(PATIENCE)).isInstanceOf(RuleBroken.class).hasMessageContaining("no APBDES line");
        assertThat(BudgetLedger.stream(line)).isEqualTo("budget-line-" + line);
    }

    @Test
    void theTablesCheckRefusesABalancePastTheCeilingEvenWithoutTheLedger() {
        UUID line = UUID.fromString(open(Auth.dinsos(), apbd(opdCode(), 1_000_000L)));
        assertThatThrownBy(() -> pool.withTransaction(tx -> table.changed(tx,
                List.of(new BudgetLinesTable.Change(line, 1_000_001L, 0, null, 9)))).await().atMost(PATIENCE))
                .hasMessageContaining("budget_line_within_ceiling");
        assertThatThrownBy(() -> pool.withTransaction(tx -> table.changed(tx,
                List.of(new BudgetLinesTable.Change(line, -1, 0, null, 9)))).await().atMost(PATIENCE))
                .hasMessageContaining("budget_lines_committed_rupiah_check");
        assertBalanceIsTheSumOfTheEvents(line, 0, 0);
    }

    /** The inline balance agrees with the events folded, and with what is expected. */
    private void assertBalanceIsTheSumOfTheEvents(UUID line, long committed, long realised) {
        BudgetLine folded = aggregates.load(pool, lines, line).await().atMost(PATIENCE).state();
        Optional<BudgetLinesTable.Line> row = table.find(pool, line).await().atMost(PATIENCE);
        assertThat(folded.committedRupiah()).isEqualTo(committed);
        assertThat(folded.realisedRupiah()).isEqualTo(realised);
        assertThat(row).get().satisfies(r -> {
            assertThat(r.committedRupiah()).isEqualTo(folded.committedRupiah());
            assertThat(r.realisedRupiah()).isEqualTo(folded.realisedRupiah());
            assertThat(r.ceilingRupiah()).isEqualTo(folded.ceilingRupiah());
        });
    }
}
