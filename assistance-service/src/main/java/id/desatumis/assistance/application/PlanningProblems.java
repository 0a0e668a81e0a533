package id.desatumis.assistance.application;

import id.desatumis.kit.api.ProblemType;
import id.desatumis.kit.api.ProblemTypeCatalog;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import static id.desatumis.kit.api.ProblemType.fieldRule;
import static id.desatumis.kit.api.ProblemType.stateRule;

/**
 * The rules of planning, resourcing again and cancelling an intervention, and of the double-assistance guard, each its
 * own problem type ({@code /problems/<rule>}). Rules of the need ({@code need-unknown}, {@code need-already-planned}),
 * of the cited decision, actor and pledge, and of budget lines are their parts' catalogs'; the field rules every part
 * shares are {@link FieldProblems}'.
 */
@ApplicationScoped
public class PlanningProblems implements ProblemTypeCatalog {

    private static final List<ProblemType> TYPES = List.of(
            stateRule("already-assisted", "Already assisted",
                    "The household (or the member, for a personal kind of need) already has an intervention of this kind, "
                            + "by any actor, planned or delivered within the kind's period: existingInterventionId, "
                            + "actorId, stage and date name it. Dinas Sosial may plan anyway with override "
                            + "{existingInterventionId, reason} naming that intervention; the override is recorded."),
            stateRule("no-responsible-actor", "Nobody answers for this need here",
                    "The responsibility matrix names no lead for this kind of need in the desa, its kecamatan or the "
                            + "regency on the day of the plan: name the actor (actorId) with a reason (actorReason)."),
            fieldRule("actor-reason-required", "Why this actor?",
                    "An actor other than the matrix's lead answers for a plan only with a reason (actorReason); "
                            + "leadActorId names the lead."),
            fieldRule("source-type-unknown", "No such source", "A plan's source is PLEDGE (with pledgeId) or a budget "
                    + "line: APBD, APBDES or APBN (with code and, optionally, fiscalYear)."),
            fieldRule("amount-required", "No amount", "A plan names its amount in whole rupiah, in units, or both, more than zero."),
            fieldRule("units-whole", "A fraction of a unit", "Units are whole: a JSON integer."),
            fieldRule("amount-negative", "Less than zero", "Rupiah and units are zero or more."),
            fieldRule("budget-needs-rupiah", "A budget line counts rupiah",
                    "A plan resourced from a budget line names its amount in rupiah (amount.rupiah), more than zero."),
            fieldRule("due-date-past", "Due in the past", "A plan's due date is today or later."),
            fieldRule("tranches-not-allowed", "Tranches for business capital only",
                    "Only BUSINESS_CAPITAL is planned in tranches; other kinds are delivered in parts as they come."),
            fieldRule("tranche-numbering", "Tranches out of order", "Tranches are numbered 1, 2, 3... in the order listed."),
            fieldRule("tranche-amount", "A tranche of nothing", "Each tranche is a positive amount of whole rupiah."),
            fieldRule("tranche-dates", "Tranche dates out of order",
                    "Tranches fall due from today on, each on or after the one before."),
            fieldRule("tranche-after-due-date", "A tranche after the plan is due",
                    "Every tranche falls due on or before the plan's due date."),
            fieldRule("tranches-sum", "Tranches that do not add up",
                    "The tranches' rupiah add up to the plan's amount.rupiah exactly."),
            stateRule("intervention-exists", "The intervention exists already", "An intervention id names one intervention."),
            new ProblemType("intervention-unknown", 404, "No such intervention", "No intervention has this id, or none you may see."),
            stateRule("not-awaiting-resources", "Not waiting for resources",
                    "An intervention is resourced again only while it is planned: after a reservation was refused or "
                            + "timed out. One waiting for partner-service's answer, or resourced, is not."),
            stateRule("source-not-resourceable", "Not a source to resource from",
                    "An office's own programme (an unplanned delivery) is not resourced here."),
            stateRule("intervention-closed", "The intervention is closed",
                    "A verified, cancelled or written-off intervention is not cancelled."),
            stateRule("already-delivered", "Something was delivered",
                    "An intervention is cancelled only before any delivery; once one is reported, the village verifies "
                            + "or disputes it and Dinas Sosial resolves the dispute."),
            fieldRule("id-format", "Not an id", "Ids are UUIDs, as this API returns them."),
            fieldRule("date-format", "Not a date", "Dates are YYYY-MM-DD, from 2000-01-01 to 9999-12-31."),
            fieldRule("stage-unknown", "No such stage", "PLANNED, RESERVATION_REQUESTED, RESOURCED, PARTLY_DELIVERED, "
                    + "DELIVERED, DISPUTED, VERIFIED, CANCELLED or WRITTEN_OFF."),
            fieldRule("decision-number-format", "Not a decision number",
                    "A forum decision's number is 1 to 100 letters, digits and . / - _ (MD/33.14.07.2003/2026/004)."));

    @Override
    public List<ProblemType> types() {
        return TYPES;
    }
}
