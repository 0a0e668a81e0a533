package id.desatumis.partner.application;

import id.desatumis.kit.api.ProblemType;
import id.desatumis.kit.api.ProblemTypeCatalog;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The rules of pledges, each its own problem type ({@code /problems/<rule>}). The rules pledges share with the rest of
 * the service (partner-unknown, partner-suspended, not-your-partner, the decision rules, required, kind-unknown,
 * area-unknown) are in {@link SharedProblems}.
 */
@ApplicationScoped
public class PledgeProblems implements ProblemTypeCatalog {

    @Override
    public List<ProblemType> types() {
        return List.of(
                new ProblemType("pledge-unknown", 404, "No such pledge", "No pledge has this id, or none you may see."),
                new ProblemType("pledge-exists", 409, "The pledge exists already", "A pledge id names one pledge."),
                new ProblemType("pledge-not-offered", 409, "No longer offered",
                        "A pledge is accepted or declined once, while it is offered."),
                new ProblemType("pledge-closed", 409, "The pledge is closed",
                        "Only an offered or accepted pledge has a remainder to withdraw; a declined, withdrawn or "
                                + "expired one has none."),
                new ProblemType("period-reversed", 400, "The period ends before it starts",
                        "A period ends on the day it starts or later (validUntil on or after validFrom; a query's to on or after from)."),
                new ProblemType("period-ended", 400, "The period has ended",
                        "A pledge is offered and accepted before its last day has passed."),
                new ProblemType("kind-repeated", 400, "A kind of need named twice", "Name each kind of need once."),
                new ProblemType("area-repeated", 400, "An area named twice", "Name each area of the scope once."),
                new ProblemType("scope-level-unknown", 400, "No such scope level", "A scope is REGENCY, KECAMATAN or DESA."),
                new ProblemType("scope-level-mismatch", 400, "An area of another level",
                        "Every area of a scope is of the scope's level: the regency 33.14, kecamatan (33.14.07) or "
                                + "desa (33.14.07.2003)."),
                new ProblemType("capacity-required", 400, "No capacity offered",
                        "A pledge offers capacity in rupiah, in units, or both."),
                new ProblemType("amount-positive", 400, "Not more than zero", "Rupiah and units are more than zero."),
                new ProblemType("amount-too-large", 400, "Too large",
                        "Rupiah and units are at most 1,000,000,000,000,000."),
                new ProblemType("rupiah-whole", 400, "A fraction of a rupiah", "Rupiah are whole: a JSON integer."),
                new ProblemType("units-whole", 400, "A fraction of a unit", "Units are whole: a JSON integer."),
                new ProblemType("unit-unknown", 400, "No such unit",
                        "HOUSE, CONNECTION, LATRINE, SCHOLARSHIP, POLICY, PERSON, PACKAGE or BUSINESS."),
                new ProblemType("unit-required", 400, "What is a unit?", "Capacity in units names its unit."),
                new ProblemType("unit-without-units", 400, "A unit without units", "A unit is named only with units."),
                new ProblemType("withdrawal-amount-or-entire", 400, "How much to withdraw?",
                        "A withdrawal names rupiah and/or units, or is entire (all that remains), not both."),
                new ProblemType("withdrawal-exceeds-remainder", 409, "More than the unreserved remainder",
                        "Only what is neither reserved, consumed nor withdrawn can be withdrawn; the remainder is in "
                                + "remainingRupiah and remainingUnits."));
    }
}
