package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.Delivery;
import id.desatumis.assistance.domain.Intervention;
import id.desatumis.assistance.domain.Source;
import id.desatumis.kit.aggregate.AggregateStore.Change;
import id.desatumis.kit.domain.RuleBroken;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * What deliveries do to an intervention's budget line, on the line's ledger in the delivery's transaction (the line's
 * stream locked with the intervention's): a delivery realises the rupiah it delivered; a delivery written off releases
 * what the intervention still holds. An intervention of a pledge or of an office's own programme touches no line.
 */
@ApplicationScoped
public class DeliveryBudget {

    private static final String EXCEEDS = "budget-realisation-exceeds-commitment";

    private final BudgetLedger ledger;

    public DeliveryBudget(BudgetLedger ledger) {
        this.ledger = ledger;
    }

    /**
     * The delivery's rupiah realised on the line. A delivery made again after Dinas Sosial voided a disputed one
     * (redeliver) may find less committed than it delivers, since what the voided one realised was spent and stays
     * realised: it realises what the intervention still holds, so that the redelivery is never refused for it.
     */
    public Uni<List<Change<?, ?>>> realised(SqlConnection tx, Intervention s, Delivery delivery) {
        Source source = s.plan().source();
        long rupiah = delivery.amount().rupiahOrZero();
        if (!source.fromBudget() || rupiah == 0) return Uni.createFrom().item(List.of());
        return ledger.realise(tx, source.budgetLineId(), s.id(), delivery.deliveryId(), rupiah)
                .onFailure(e -> e instanceof RuleBroken r && EXCEEDS.equals(r.rule()))
                .recoverWithUni(e -> {
                    long held = ((Number) ((RuleBroken) e).details().get("committedRupiah")).longValue();
                    return held == 0 ? Uni.createFrom().nullItem()
                            : ledger.realise(tx, source.budgetLineId(), s.id(), delivery.deliveryId(), held);
                })
                .map(DeliveryBudget::listOf);
    }

    /** What the intervention still holds on its line, released (a written-off delivery). */
    public Uni<List<Change<?, ?>>> released(SqlConnection tx, Intervention s) {
        Source source = s.plan().source();
        if (!source.fromBudget()) return Uni.createFrom().item(List.of());
        return ledger.release(tx, source.budgetLineId(), s.id()).map(DeliveryBudget::listOf);
    }

    private static List<Change<?, ?>> listOf(Change<?, ?> change) {
        return change == null ? List.of() : List.of(change);
    }
}
