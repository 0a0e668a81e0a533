package id.desatumis.partner.domain;

import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.domain.RulesBroken;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a partner offers: kinds of need, where, how much (rupiah and/or units of a named unit), and when. Whether the
 * area codes exist is the region catalog's business, checked where the request comes in; these are the rules of the
 * terms themselves.
 *
 * @param capacity rupiah and/or units; a part not offered is null
 * @param unit     what a unit is, exactly when units are offered
 */
public record PledgeTerms(List<NeedKind> kinds, AreaScope scope, Amounts capacity, PledgeUnit unit, LocalDate validFrom,
                          LocalDate validUntil) {

    /** Every rule the terms break, each naming its field; empty when they may be offered on {@code today}. */
    public List<RuleBroken> broken(LocalDate today) {
        List<RuleBroken> out = new ArrayList<>();
        kinds(out);
        scope(out);
        capacity(out);
        period(today, out);
        return out;
    }

    /** Refuses terms that break a rule, naming every rule broken. */
    public void require(LocalDate today) {
        List<RuleBroken> broken = broken(today);
        if (!broken.isEmpty()) throw new RulesBroken(broken);
    }

    private void kinds(List<RuleBroken> out) {
        if (kinds == null || kinds.isEmpty()) {
            out.add(new RuleBroken("kinds", "required", "a pledge serves at least one kind of need"));
            return;
        }
        Set<NeedKind> seen = new HashSet<>();
        for (int i = 0; i < kinds.size(); i++) {
            if (!seen.add(kinds.get(i))) {
                out.add(new RuleBroken("kinds[" + i + "]", "kind-repeated", "each kind of need is named once"));
            }
        }
    }

    private void scope(List<RuleBroken> out) {
        if (scope == null || scope.level() == null) {
            out.add(new RuleBroken("scope", "required", "a pledge names its area: the regency, kecamatan or desa"));
            return;
        }
        if (scope.codes().isEmpty()) {
            out.add(new RuleBroken("scope.codes", "required", "a pledge names at least one area"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < scope.codes().size(); i++) {
            String code = scope.codes().get(i);
            Area area = Area.of(code);
            if (area == null || area.level() != scope.level()) {
                out.add(new RuleBroken("scope.codes[" + i + "]", "scope-level-mismatch",
                        "every area of a " + scope.level() + " scope is a " + scope.level()));
            } else if (!seen.add(code)) {
                out.add(new RuleBroken("scope.codes[" + i + "]", "area-repeated", "each area is named once"));
            }
        }
    }

    private void capacity(List<RuleBroken> out) {
        if (capacity == null || (!capacity.hasRupiah() && !capacity.hasUnits())) {
            out.add(new RuleBroken("capacity", "capacity-required", "a pledge offers rupiah, units, or both"));
            if (unit != null) out.add(unitWithoutUnits());
            return;
        }
        if (capacity.hasRupiah() && capacity.rupiah() <= 0) {
            out.add(new RuleBroken("capacity.rupiah", "amount-positive", "rupiah offered are more than zero"));
        }
        if (capacity.hasUnits() && capacity.units() <= 0) {
            out.add(new RuleBroken("capacity.units", "amount-positive", "units offered are more than zero"));
        }
        if (capacity.hasUnits() && unit == null) {
            out.add(new RuleBroken("capacity.unit", "unit-required", "units offered say what a unit is"));
        }
        if (!capacity.hasUnits() && unit != null) out.add(unitWithoutUnits());
    }

    private static RuleBroken unitWithoutUnits() {
        return new RuleBroken("capacity.unit", "unit-without-units", "a unit is named only with units offered");
    }

    private void period(LocalDate today, List<RuleBroken> out) {
        if (validFrom == null) out.add(new RuleBroken("validFrom", "required", "the first day of the pledge is required"));
        if (validUntil == null) {
            out.add(new RuleBroken("validUntil", "required", "the last day of the pledge is required"));
            return;
        }
        if (validFrom != null && validUntil.isBefore(validFrom)) {
            out.add(new RuleBroken("validUntil", "period-reversed", "the last day is on or after the first"));
        } else if (validUntil.isBefore(today)) {
            out.add(new RuleBroken("validUntil", "period-ended", "a pledge's period has not ended when it is offered"));
        }
    }
}
