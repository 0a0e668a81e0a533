package id.desatumis.assistance.domain;

import java.util.UUID;

/**
 * The resources of an intervention: a pledge (reserved through partner-service's saga), a budget line (committed
 * here, on its ledger), or an office's own programme (an unplanned delivery; {@code programme} names it).
 */
public record Source(SourceType type, UUID pledgeId, UUID budgetLineId, String budgetCode, String programme) {

    public static Source pledge(UUID pledgeId) {
        return new Source(SourceType.PLEDGE, pledgeId, null, null, null);
    }

    public static Source budget(SourceType fund, UUID budgetLineId, String code) {
        if (!fund.budget()) throw new IllegalArgumentException(fund + " is not a budget");
        return new Source(fund, null, budgetLineId, code, null);
    }

    public static Source ownProgramme(String programme) {
        return new Source(SourceType.OWN_PROGRAMME, null, null, null, programme);
    }

    public boolean fromPledge() {
        return type == SourceType.PLEDGE;
    }

    public boolean fromBudget() {
        return type.budget();
    }
}
