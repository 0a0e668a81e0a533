package id.desatumis.assistance.domain;

import java.util.UUID;

/**
 * What happens to a budget line (stream {@code budget-line-<lineId>}): it is opened with a ceiling, interventions
 * planned on it commit rupiah, a cancelled intervention releases what it still holds, a delivery realises part of what
 * its intervention committed, and Dinas Sosial may revise the ceiling (the APBD-P, the mid-year revision of the
 * regency's budget). Amounts are whole rupiah.
 */
public sealed interface BudgetLineEvent {

    UUID lineId();

    /**
     * @param code         the line's code in its budget (kode rekening / kegiatan), as the budget document prints it
     * @param ownerOpdCode the office that spends an APBD or APBN line; null for an APBDES line
     * @param desaCode     the desa whose budget an APBDES line is; null for the other funds
     * @param name         what the line pays for, as the budget names it (never a person)
     */
    record BudgetLineOpened(UUID lineId, BudgetFund fund, String code, int fiscalYear, String ownerOpdCode,
                            String desaCode, String name, long ceilingRupiah) implements BudgetLineEvent {
    }

    /** An intervention planned on the line holds this much of what is available. */
    record BudgetCommitted(UUID lineId, UUID interventionId, long rupiah) implements BudgetLineEvent {
    }

    /** A cancelled (or re-sourced) intervention gives back what it still held. */
    record BudgetReleased(UUID lineId, UUID interventionId, long rupiah) implements BudgetLineEvent {
    }

    /** A delivery spent part of what its intervention committed: it moves from committed to realised. */
    record BudgetRealised(UUID lineId, UUID interventionId, UUID deliveryId, long rupiah) implements BudgetLineEvent {
    }

    /** The ceiling changed (never below what is committed and realised); the reason stays internal. */
    record BudgetCeilingRevised(UUID lineId, long ceilingRupiah, long previousCeilingRupiah, String reason)
            implements BudgetLineEvent {
    }
}
