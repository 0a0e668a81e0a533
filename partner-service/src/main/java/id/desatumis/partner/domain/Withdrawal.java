package id.desatumis.partner.domain;

import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.domain.RulesBroken;

import java.util.ArrayList;
import java.util.List;

/**
 * Part of a pledge's unreserved remainder taken back (rupiah and/or units), or all of it ({@code entire}), which closes
 * the pledge to new reservations.
 *
 * @param amounts what to take back; a part not taken back is null; both null with {@code entire}
 * @param reason  why, always: the partner's own withdrawal as much as Dinas Sosial's on its behalf (it is published)
 */
public record Withdrawal(Amounts amounts, boolean entire, String reason) {

    /** Every rule the request itself breaks, each naming its field. */
    public List<RuleBroken> broken() {
        List<RuleBroken> out = new ArrayList<>();
        if (reason == null || reason.isBlank()) out.add(new RuleBroken("reason", "required", "a withdrawal says why"));
        boolean named = amounts != null && (amounts.hasRupiah() || amounts.hasUnits());
        if (entire == named) {
            out.add(new RuleBroken("entire", "withdrawal-amount-or-entire",
                    "a withdrawal names rupiah and/or units, or is entire, not both"));
            return out;
        }
        if (named && amounts.hasRupiah() && amounts.rupiah() <= 0) {
            out.add(new RuleBroken("rupiah", "amount-positive", "rupiah withdrawn are more than zero"));
        }
        if (named && amounts.hasUnits() && amounts.units() <= 0) {
            out.add(new RuleBroken("units", "amount-positive", "units withdrawn are more than zero"));
        }
        return out;
    }

    public void require() {
        List<RuleBroken> broken = broken();
        if (!broken.isEmpty()) throw new RulesBroken(broken);
    }
}
