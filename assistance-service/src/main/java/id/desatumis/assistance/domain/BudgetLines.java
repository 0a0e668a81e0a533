package id.desatumis.assistance.domain;

import id.desatumis.assistance.domain.BudgetLine.Commitment;
import id.desatumis.assistance.domain.BudgetLineEvent.BudgetCeilingRevised;
import id.desatumis.assistance.domain.BudgetLineEvent.BudgetCommitted;
import id.desatumis.assistance.domain.BudgetLineEvent.BudgetLineOpened;
import id.desatumis.assistance.domain.BudgetLineEvent.BudgetRealised;
import id.desatumis.assistance.domain.BudgetLineEvent.BudgetReleased;
import id.desatumis.kit.domain.RuleBroken;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The decisions on a budget line: opened once; an intervention commits rupiah only while the ceiling has room for
 * them and the fiscal year has not ended; a cancelled one releases all it still holds; a delivery realises part of
 * what its intervention committed, never more; the ceiling is revised, never below what is committed and realised.
 * Each takes the line as folded (or read under its stream's lock) and answers the events to append, or refuses.
 */
public final class BudgetLines {

    /** The field a plan names its source in: what a refused commitment points the client to. */
    public static final String SOURCE = "source";

    private BudgetLines() {
    }

    public static List<BudgetLineEvent> open(BudgetLine line, UUID lineId, BudgetLineTerms terms, int currentYear) {
        terms.require(currentYear);
        if (line.exists()) throw new RuleBroken("lineId", "budget-line-exists", "a budget line with this id exists already");
        return List.of(new BudgetLineOpened(lineId, terms.fund(), terms.code(), terms.fiscalYear(), terms.ownerOpdCode(),
                terms.desaCode(), terms.name(), terms.ceilingRupiah()));
    }

    /** Holds {@code rupiah} of what is available for the intervention (added to what it holds already, if any). */
    public static List<BudgetLineEvent> commit(BudgetLine line, UUID interventionId, long rupiah, LocalDate today) {
        requireExists(line);
        requirePositive(rupiah);
        if (line.opened().fiscalYear() < today.getYear()) {
            throw new RuleBroken(SOURCE, "budget-year-ended", "fiscal year " + line.opened().fiscalYear()
                    + " has ended: nothing new is committed on its lines", Map.of("budgetLineId", line.lineId()));
        }
        if (rupiah > line.availableRupiah()) {
            throw new RuleBroken(SOURCE, "budget-ceiling-exceeded", "the budget line has Rp" + line.availableRupiah()
                    + " available, Rp" + rupiah + " asked",
                    Map.of("budgetLineId", line.lineId(), "availableRupiah", line.availableRupiah()));
        }
        return List.of(new BudgetCommitted(line.lineId(), interventionId, rupiah));
    }

    /** Gives back everything the intervention still holds; nothing when it holds nothing (or the line is unknown). */
    public static List<BudgetLineEvent> release(BudgetLine line, UUID interventionId) {
        if (!line.exists()) return List.of();
        long held = line.commitmentOf(interventionId).committedRupiah();
        return held == 0 ? List.of() : List.of(new BudgetReleased(line.lineId(), interventionId, held));
    }

    /**
     * A delivery spent {@code rupiah} of what its intervention committed; a delivery realised already is not realised
     * again, and a delivery of no rupiah realises nothing.
     */
    public static List<BudgetLineEvent> realise(BudgetLine line, UUID interventionId, UUID deliveryId, long rupiah) {
        requireExists(line);
        Commitment held = line.commitmentOf(interventionId);
        if (held.deliveries().contains(deliveryId)) return List.of();
        if (rupiah < 0) requirePositive(rupiah);
        if (rupiah == 0) return List.of();
        if (rupiah > held.committedRupiah()) {
            throw new RuleBroken("amountRupiah", "budget-realisation-exceeds-commitment", "the intervention holds Rp"
                    + held.committedRupiah() + " on this budget line, Rp" + rupiah + " delivered",
                    Map.of("budgetLineId", line.lineId(), "committedRupiah", held.committedRupiah()));
        }
        return List.of(new BudgetRealised(line.lineId(), interventionId, deliveryId, rupiah));
    }

    /** A new ceiling (the mid-year revision); nothing when it is the ceiling already. */
    public static List<BudgetLineEvent> revise(BudgetLine line, long ceilingRupiah, String reason) {
        requireExists(line);
        if (ceilingRupiah <= 0) {
            throw new RuleBroken("ceilingRupiah", "budget-ceiling-positive", "a ceiling is more than zero rupiah");
        }
        long used = line.committedRupiah() + line.realisedRupiah();
        if (ceilingRupiah < used) {
            throw new RuleBroken("ceilingRupiah", "budget-ceiling-below-used", "Rp" + used
                    + " of the line is committed or realised: the ceiling cannot go below it",
                    Map.of("budgetLineId", line.lineId(), "committedRupiah", line.committedRupiah(),
                            "realisedRupiah", line.realisedRupiah()));
        }
        if (ceilingRupiah == line.ceilingRupiah()) return List.of();
        return List.of(new BudgetCeilingRevised(line.lineId(), ceilingRupiah, line.ceilingRupiah(), reason));
    }

    private static void requireExists(BudgetLine line) {
        if (!line.exists()) throw new RuleBroken(SOURCE, "budget-line-unknown", "no such budget line");
    }

    private static void requirePositive(long rupiah) {
        if (rupiah <= 0) {
            throw new RuleBroken("amountRupiah", "budget-amount-positive", "rupiah on a budget line are more than zero");
        }
    }
}
