package id.desatumis.assistance.domain;

import id.desatumis.assistance.domain.BudgetLineEvent.BudgetCeilingRevised;
import id.desatumis.assistance.domain.BudgetLineEvent.BudgetCommitted;
import id.desatumis.assistance.domain.BudgetLineEvent.BudgetLineOpened;
import id.desatumis.assistance.domain.BudgetLineEvent.BudgetRealised;
import id.desatumis.assistance.domain.BudgetLineEvent.BudgetReleased;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A budget line as its decisions see it: what it is, its ceiling, what is committed and realised on it in total, and
 * what each intervention holds. Folded from the stream it has every intervention; read from the ledger's tables under
 * the stream's lock it has the one intervention a decision concerns (the totals are the whole line's either way).
 *
 * @param opened      null before the line exists
 * @param commitments per intervention; those a decision does not concern may be absent
 */
public record BudgetLine(BudgetLineOpened opened, long ceilingRupiah, long committedRupiah, long realisedRupiah,
                         Map<UUID, Commitment> commitments) {

    public static final BudgetLine NONE = new BudgetLine(null, 0, 0, 0, Map.of());

    public BudgetLine {
        commitments = Map.copyOf(commitments);
    }

    /**
     * What one intervention holds on the line.
     *
     * @param deliveries the deliveries that realised part of it (each realised once)
     */
    public record Commitment(long committedRupiah, long realisedRupiah, Set<UUID> deliveries) {

        public static final Commitment NONE = new Commitment(0, 0, Set.of());

        public Commitment {
            deliveries = Set.copyOf(deliveries);
        }

        Commitment plus(long committed, long realised, UUID delivery) {
            Set<UUID> all = new HashSet<>(deliveries);
            if (delivery != null) all.add(delivery);
            return new Commitment(committedRupiah + committed, realisedRupiah + realised, all);
        }
    }

    public boolean exists() {
        return opened != null;
    }

    public UUID lineId() {
        return opened.lineId();
    }

    /** What can still be committed: the ceiling less what is committed and what is realised. */
    public long availableRupiah() {
        return ceilingRupiah - committedRupiah - realisedRupiah;
    }

    public Commitment commitmentOf(UUID interventionId) {
        return commitments.getOrDefault(interventionId, Commitment.NONE);
    }

    public static BudgetLine evolve(BudgetLine line, BudgetLineEvent event) {
        if (event instanceof BudgetLineOpened e) return new BudgetLine(e, e.ceilingRupiah(), 0, 0, Map.of());
        if (event instanceof BudgetCommitted e) {
            return line.moved(e.interventionId(), e.rupiah(), 0, null);
        }
        if (event instanceof BudgetReleased e) {
            return line.moved(e.interventionId(), -e.rupiah(), 0, null);
        }
        if (event instanceof BudgetRealised e) {
            return line.moved(e.interventionId(), -e.rupiah(), e.rupiah(), e.deliveryId());
        }
        if (event instanceof BudgetCeilingRevised e) {
            return new BudgetLine(line.opened, e.ceilingRupiah(), line.committedRupiah, line.realisedRupiah, line.commitments);
        }
        throw new IllegalArgumentException("unknown budget line event " + event);
    }

    private BudgetLine moved(UUID interventionId, long committed, long realised, UUID delivery) {
        Map<UUID, Commitment> next = new HashMap<>(commitments);
        next.put(interventionId, commitmentOf(interventionId).plus(committed, realised, delivery));
        return new BudgetLine(opened, ceilingRupiah, committedRupiah + committed, realisedRupiah + realised, next);
    }
}
