package id.desatumis.assistance.application;

import id.desatumis.kit.api.ProblemType;
import id.desatumis.kit.api.ProblemTypeCatalog;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import static id.desatumis.kit.api.ProblemType.fieldRule;
import static id.desatumis.kit.api.ProblemType.stateRule;

/**
 * The rules of deliveries, their verification, disputes and resolutions, unplanned deliveries and the OPD API, each
 * its own problem type ({@code /problems/<rule>}). The field rules every part shares (required, max-length,
 * rupiah-whole, page and size, ...) are in {@link FieldProblems}; those the plan's rules share with deliveries
 * (intervention-unknown, amount-required, amount-negative, units-whole, date-format, id-format, kind-unknown,
 * stage-unknown) are declared with the plan's.
 */
@ApplicationScoped
public class DeliveryProblems implements ProblemTypeCatalog {

    private static final List<ProblemType> TYPES = List.of(
            // who reports, verifies, disputes
            new ProblemType("not-responsible-actor", 403, "Not the responsible actor",
                    "A delivery is reported by the intervention's responsible actor (the desa's operator only where the "
                            + "village government is), or by Dinas Sosial on its behalf."),
            fieldRule("on-behalf-reason-required", "Why report for another?",
                    "Dinas Sosial reports a delivery for another responsible actor only with onBehalfReason, which is recorded."),
            fieldRule("on-behalf-reason-unexpected", "You are the responsible actor",
                    "onBehalfReason is for Dinas Sosial reporting for another actor; the responsible actor reports its own."),
            new ProblemType("reporter-cannot-verify", 403, "Whoever reported it never verifies it",
                    "A delivery is verified or disputed by another person than the one who reported it."),
            new ProblemType("caller-not-an-actor", 403, "Your office is not an actor here yet",
                    "An office reports for itself once partner-service has registered it (with its office code) and "
                            + "assistance-service has received that."),
            // the delivery itself
            fieldRule("delivery-in-future", "A delivery in the future", "A delivery is reported once it has happened: "
                    + "deliveredOn is today (in Sragen) or before."),
            fieldRule("tranche-number", "Not a tranche's number", "A tranche is named by its number: a whole number from 1."),
            fieldRule("personal-number", "Personal data in a text",
                    "A delivery's texts never hold a 16-digit number (it may be a NIK or a KK number): describe what "
                            + "was delivered, name documents by their own numbers."),
            fieldRule("sha256-format", "Not a SHA-256", "photoSha256 is the photo's SHA-256: 64 hexadecimal digits."),
            stateRule("intervention-cancelled", "The intervention was cancelled",
                    "Nothing is delivered on a cancelled intervention."),
            stateRule("intervention-written-off", "The intervention was written off",
                    "A written-off intervention takes no delivery, verification or resolution; its need is open for a new plan."),
            stateRule("not-resourced", "Not resourced yet",
                    "A delivery follows the intervention's resources: a pledge's reservation confirmed, or its budget "
                            + "line committed."),
            stateRule("dispute-open", "A delivery is disputed",
                    "Dinas Sosial resolves the dispute before anything more is delivered."),
            stateRule("over-delivery", "More than the plan",
                    "Deliveries add up to the plan, never beyond: remainingRupiah and remainingUnits say what is left."),
            stateRule("tranche-unknown", "No such tranche", "The plan has no tranche of this number."),
            stateRule("tranche-delivered", "The tranche was delivered", "Each tranche is delivered once."),
            stateRule("tranche-amount-differs", "Not the tranche's amount", "A tranche is paid as planned, to the rupiah."),
            // the village's verification or dispute, Dinas Sosial's resolution
            new ProblemType("delivery-unknown", 404, "No such delivery", "The intervention has no delivery of this id."),
            stateRule("delivery-not-awaiting-verification", "Not awaiting the village",
                    "Only a delivery as reported is verified or disputed, once."),
            stateRule("delivery-not-disputed", "Not disputed", "Only a disputed delivery is resolved."),
            fieldRule("confirmation-in-future", "A confirmation in the future", "confirmedOn is today (in Sragen) or before."),
            fieldRule("confirmed-before-delivery", "Confirmed before it was delivered",
                    "confirmedOn is on or after the delivery's date."),
            fieldRule("confirmed-by-unknown", "Who confirmed?",
                    "confirmedBy is HEAD_OF_HOUSEHOLD, SPOUSE, OTHER_MEMBER or REPRESENTATIVE (a role, never a name)."),
            fieldRule("confirmation-method-unknown", "How was it confirmed?",
                    "method is SIGNATURE, THUMBPRINT, IN_PERSON_WITNESSED or PHOTO."),
            fieldRule("dispute-ground-unknown", "On what ground?", "ground is NOT_RECEIVED, INCOMPLETE, WRONG_ITEM or ASKED_TO_PAY."),
            fieldRule("resolution-unknown", "Which resolution?", "resolution is REDELIVER, ACCEPT or WRITE_OFF."),
            // unplanned deliveries and the OPD API
            stateRule("household-not-known", "No such household here",
                    "Assistance knows a household from its verified assessment's needs; report for a household it knows."),
            stateRule("household-gone", "The household continues elsewhere",
                    "The household was merged into another or erased in the registry."),
            fieldRule("member-required", "Which member?", "A personal kind of need (EDUCATION, HEALTH_COVER, "
                    + "BUSINESS_CAPITAL, SKILLS_TRAINING) names the member it was for."),
            fieldRule("member-not-for-kind", "A member for the household's need",
                    "A household's kind of need (HOUSE_REPAIR, ELECTRICITY, SANITATION, FOOD_ASSISTANCE) names no member."),
            fieldRule("since-format", "Not a moment", "since is an ISO-8601 date-time with its offset "
                    + "(2026-09-01T08:00:00+07:00), or a date YYYY-MM-DD (from its start in Sragen)."),
            fieldRule("idempotency-key", "Not an Idempotency-Key", "An Idempotency-Key is 1 to 255 visible ASCII characters."));

    @Override
    public List<ProblemType> types() {
        return TYPES;
    }
}
